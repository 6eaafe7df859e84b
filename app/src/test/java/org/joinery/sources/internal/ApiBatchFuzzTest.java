package org.joinery.sources.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.joinery.sources.BatchBody;
import org.joinery.sources.RowError;
import org.joinery.sources.SourceFixtures;
import org.joinery.sources.SourceRegistration;
import org.joinery.testing.fuzz.Fuzz;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties of reading an API request body as a batch and checking it, on generated bodies (good, mutated, wrong
 * types, deep nesting, huge, broken UTF-8, empty): each is a batch that passes, or refused naming the row and
 * column of each problem, or not a batch with a message saying what to send; reading never fails.
 */
class ApiBatchFuzzTest {

    private static final SourceShape SHAPE = new SourceShape("people", SourceRegistration.mapping("people",
            SourceFixtures.mapping("people")), "opened", "closed", ExtractCase.COLUMNS, true);

    @Test
    @DisplayName("a generated API body is a batch that passes, or refused naming each row and column, or not a batch saying what to send (2,500 cases)")
    void bodies() {
        Fuzz.forAll("API bodies", 2_500, ApiBodyCase::generate, ApiBodyCase.shrink(), input -> {
            Outcome outcome = Outcome.of(input.body());
            String[] expect = input.expect().split(" ", 3);
            switch (expect[0]) {
                case "good" -> assertThat(outcome.errors()).as("errors of a good batch").isEmpty();
                case "problem" -> assertThat(outcome.problem()).as("not a batch").isNotNull();
                case "shape", "invalid" -> {
                    assertThat(outcome.problem()).as("a problem with the whole body").isNull();
                    assertThat(outcome.shape()).as("refused for its shape").isEqualTo(expect[0].equals("shape"));
                    int row = Integer.parseInt(expect[1]);
                    String column = expect[2].equals("-") ? null : expect[2];
                    assertThat(outcome.errors()).as("an error at row " + row + ", column " + column)
                            .anyMatch(e -> e.row() == row && Objects.equals(e.column(), column));
                }
                default -> { }
            }
        });
    }

    /** What the API makes of a body: a problem, or the shape's errors, or the extract check's errors. */
    record Outcome(BatchBody.Problem problem, boolean shape, List<RowError> errors) {

        static Outcome of(byte[] body) {
            BatchBody batch = BatchBody.parse(body);
            if (batch.problem() != null) {
                assertThat(batch.problem().title()).isNotBlank();
                assertThat(batch.problem().detail()).contains("Send {").hasSizeLessThan(1_000).doesNotContain("StreamReadConstraints");
                if (batch.problem().title().equals("The body is not JSON")) {
                    assertThat(batch.problem().detail()).as("where").containsPattern("\\(line \\d+, column \\d+\\)");
                }
                assertThat(batch.records()).isEmpty();
                return new Outcome(batch.problem(), false, List.of());
            }
            batch.errors().forEach(ApiBatchFuzzTest::assertNamesTheRecord);
            if (!batch.errors().isEmpty()) {
                return new Outcome(null, true, batch.errors());
            }
            ExtractValidation.Checked checked = new ExtractValidation(SHAPE).check(new JsonExtract(batch.records()), row -> { });
            checked.errors().forEach(ExtractValidationFuzzTest::assertSpecific);
            if (checked.passed()) {
                assertThat(checked.rows()).isEqualTo(batch.records().size());
            }
            return new Outcome(null, false, checked.errors());
        }
    }

    /** A shape error names the record (by its position, from 1) and, for a value, the column; row 0 is the batch. */
    static void assertNamesTheRecord(RowError error) {
        assertThat(error.message()).isNotBlank().hasSizeLessThan(1_000).doesNotContainIgnoringCase("exception");
        if (error.row() == 0) {
            assertThat(error.column()).isEqualTo("records");
        } else {
            assertThat(error.line()).isEqualTo(error.row() + 1);
            assertThat(error.column() != null || error.message().startsWith("the record is not an object")).isTrue();
        }
    }
}
