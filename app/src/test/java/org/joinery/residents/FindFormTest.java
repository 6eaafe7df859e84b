package org.joinery.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.joinery.linkage.model.PersonField;
import org.joinery.platform.web.FormErrors;
import org.junit.jupiter.api.Test;

/** What the front door accepts, how it reads identifiers, and what it says about the rest. */
class FindFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static FormErrors errorsOf(FindForm form) {
        FormErrors errors = new FormErrors();
        form.check(errors, TODAY);
        return errors;
    }

    @Test
    void eachKindOfIdentifierIsToldByItsFormatAndWrittenAsTheIndexComparesIt() {
        assertThat(Identifier.parse("943 476 5919").orElseThrow()).extracting(Identifier::field, Identifier::value)
                .containsExactly(PersonField.NHS_NUMBER, "9434765919");
        assertThat(Identifier.parse("qq 12 34 56 c").orElseThrow()).extracting(Identifier::field, Identifier::value)
                .containsExactly(PersonField.NI_NUMBER, "QQ123456C");
        assertThat(Identifier.parse("+44 7700 900982").orElseThrow()).extracting(Identifier::field, Identifier::value)
                .containsExactly(PersonField.PHONE, "07700900982");
        assertThat(Identifier.parse("Ann.Smith@Example.org").orElseThrow()).extracting(Identifier::field, Identifier::value)
                .containsExactly(PersonField.EMAIL, "ann.smith@example.org");
        assertThat(Identifier.parse("  ")).isEmpty();
    }

    @Test
    void aMistypedIdentifierGetsTheMessageOfTheKindItLooksLike() {
        assertThat(Identifier.parse("943 476 5910").orElseThrow().error()).isEqualTo("find.identifier.nhsCheck");
        assertThat(Identifier.parse("QQ 12 34 56").orElseThrow().error()).isEqualTo("find.identifier.ni");
        assertThat(Identifier.parse("0770090098").orElseThrow().valid()).isTrue();
        assertThat(Identifier.parse("077009009").orElseThrow().error()).isEqualTo("find.identifier.phone");
        assertThat(Identifier.parse("ann@example").orElseThrow().error()).isEqualTo("find.identifier.email");
        assertThat(Identifier.parse("12345").orElseThrow().error()).isEqualTo("find.identifier.unknown");
    }

    @Test
    void aFullSearchBecomesTheDetailsTheEngineReads() {
        FindForm form = new FindForm();
        form.setForenames(" Ottoline ");
        form.setSurname("O’Hara-Smith");
        form.setDay("7");
        form.setMonth("3");
        form.setYear("1984");
        form.setPostcode("rm109ap");
        FormErrors errors = new FormErrors();

        FindForm.Query query = form.check(errors, TODAY).orElseThrow();

        assertThat(query.details()).containsEntry(PersonField.FORENAMES, "Ottoline")
                .containsEntry(PersonField.SURNAME, "O’Hara-Smith").containsEntry(PersonField.DATE_OF_BIRTH, "1984-03-07")
                .containsEntry(PersonField.POSTCODE, "RM10 9AP");
    }

    @Test
    void impossibleIncompleteAndFutureDatesAreRefusedWithTheirOwnMessages() {
        FindForm form = new FindForm();
        form.setDay("29");
        form.setMonth("2");
        form.setYear("2023");
        assertThat(errorsOf(form).get("dob-day").messageKey()).isEqualTo("find.dob.real");
        form.setYear("");
        assertThat(errorsOf(form).get("dob-year").messageKey()).isEqualTo("find.dob.missing.year");
        form.setYear("84");
        assertThat(errorsOf(form).get("dob-year").messageKey()).isEqualTo("find.dob.year");
        form.setDay("1");
        form.setYear("2027");
        assertThat(errorsOf(form).get("dob-day").messageKey()).isEqualTo("find.dob.future");
        form.setYear("1850");
        assertThat(errorsOf(form).get("dob-year").messageKey()).isEqualTo("find.dob.tooEarly");
    }

    @Test
    void anEmptySearchAsksForAtLeastOneDetail() {
        assertThat(errorsOf(new FindForm()).get("forenames").messageKey()).isEqualTo("find.empty");
    }
}
