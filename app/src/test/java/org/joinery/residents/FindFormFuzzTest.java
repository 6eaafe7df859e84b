package org.joinery.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.joinery.platform.web.FormErrors;
import org.joinery.testing.fuzz.Fuzz;
import org.joinery.testing.fuzz.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties of checking the front-door form, on generated input (names of many scripts, control characters, huge
 * values, odd dates, digits of other scripts, identifiers of every kind): each form is a search for clean details,
 * or refused with one GOV.UK message per field at fault; the check itself never fails.
 */
class FindFormFuzzTest {

    /** The ids the error summary links to. */
    static final Set<String> FIELDS = Set.of("forenames", "surname", "dob-day", "dob-month", "dob-year", "postcode", "identifier");

    @Test
    @DisplayName("a generated front-door form is searched with clean details, or refused with a message on each field at fault (4,000 cases)")
    void forms() {
        Fuzz.forAll("front-door forms", 4_000, FormCase::generate, FormCase.shrink(), input -> {
            FormErrors errors = new FormErrors();
            Optional<FindForm.Query> query = input.form().check(errors, FormCase.TODAY);
            assertThat(query.isPresent()).as("a search, or errors, never both").isNotEqualTo(errors.any());
            errors.all().forEach(problem -> {
                assertThat(FIELDS).as("the field an error links to").contains(problem.field());
                assertThat(Messages.of(problem.messageKey(), problem.args())).isNotBlank().hasSizeLessThan(300);
            });
            query.ifPresent(FindFormFuzzTest::assertClean);
            input.expect().forEach((field, outcome) -> {
                boolean refused = field.equals("dob") ? FIELDS.stream().anyMatch(f -> f.startsWith("dob-") && errors.has(f))
                        : errors.has(field);
                assertThat(refused).as(field + " refused").isEqualTo(outcome.equals("error"));
            });
        });
    }

    /** Details searched (and perhaps registered, and audited) are text the index and the database take as they are. */
    static void assertClean(FindForm.Query query) {
        assertThat(query.details()).isNotEmpty();
        query.details().forEach((field, value) -> {
            assertThat(value).as(field.jsonName()).hasSizeLessThanOrEqualTo(Identifier.MAX_LENGTH)
                    .doesNotContainPattern("\\p{C}").isEqualTo(value.strip()).isNotEmpty();
            switch (field) {
                case NHS_NUMBER -> assertThat(value).matches("[0-9]{10}");
                case PHONE -> assertThat(value).matches("0[0-9]{9,10}");
                case NI_NUMBER -> assertThat(value).matches("[A-Z]{2}[0-9]{6}[A-D]");
                case DATE_OF_BIRTH -> assertThat(value).matches("(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}");
                case POSTCODE -> assertThat(value).matches("[A-Z0-9]{2,4} [0-9][A-Z]{2}");
                default -> { }
            }
        });
        if (query.identifier() != null) {
            assertThat(query.details()).containsEntry(query.identifier().field(), query.identifier().value());
        }
    }

    @Test
    @DisplayName("an identifier written with digits of another script is refused with its own message, not searched")
    void anIdentifierWrittenWithDigitsOfAnotherScriptIsRefusedWithItsOwnMessage() {
        for (String typed : new String[]{"٩٤٣٤٧٦٥٩١٩", "９４３４７６５９１９", "943 476 591８", "०७७००९००९८२"}) {
            Identifier id = Identifier.parse(typed).orElseThrow();
            assertThat(id.valid()).as(typed).isFalse();
            assertThat(id.error()).as(typed).isEqualTo("find.identifier.digits");
        }
        assertThat(Identifier.parse("943 476 5919").orElseThrow().value()).isEqualTo("9434765919");
    }
}
