package org.joinery.sources.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.joinery.sources.RowError;
import org.joinery.sources.SourceFixtures;
import org.joinery.sources.SourceRegistration;
import org.joinery.testing.fuzz.Fuzz;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of checking an extract, on generated files (encodings, byte-order marks, quotes, line breaks in
 * values, missing and extra columns, bad dates, repeated IDs, formulas, huge values, control characters): every
 * file is either accepted whole or refused with errors that each name where the problem is, and never makes the
 * check itself fail.
 */
class ExtractValidationFuzzTest {

    private static final SourceShape SHAPE = new SourceShape("people", SourceRegistration.mapping("people",
            SourceFixtures.mapping("people")), "opened", "closed", ExtractCase.COLUMNS, true);

    @TempDir
    Path folder;

    @Test
    @DisplayName("a generated CSV extract is accepted whole, or refused naming the line and column of each problem put in (3,000 cases)")
    void csvExtracts() {
        Path file = folder.resolve("extract.csv");
        Fuzz.forAll("CSV extracts", 3_000, ExtractCase::generate, extract -> {
            write(file, extract.bytes());
            Utf8Scan.Result scan = Utf8Scan.scan(file);
            assertThat(scan.badLine()).as("line of the first byte that is not UTF-8").isEqualTo(extract.badLine());
            if (scan.badLine() > 0) {
                return; // refused before it is read: BatchImport names the line
            }
            ExtractValidation.Checked checked = new ExtractValidation(SHAPE).check(new CsvExtract(file, "extract.csv"), row -> { });
            checked.errors().forEach(ExtractValidationFuzzTest::assertSpecific);
            if (extract.good()) {
                assertThat(checked.errors()).as("errors of a good extract").isEmpty();
                assertThat(checked.rows()).isEqualTo(extract.rows());
                return;
            }
            assertThat(checked.passed()).as("a bad extract passed").isFalse();
            for (ExtractCase.Expected problem : extract.expected()) {
                assertThat(checked.errors()).as("an error for " + problem)
                        .anyMatch(error -> names(error, problem));
            }
        });
    }

    @Test
    @DisplayName("a generated API batch is accepted whole, or refused with errors that each name the record and column (2,000 cases)")
    void apiBatches() {
        Fuzz.forAll("API batches", 2_000, ExtractCase::generate, extract -> {
            List<Map<String, String>> records = extract.records();
            if (records == null) {
                return; // a file that has no form as records (its header or quotes are broken)
            }
            ExtractValidation.Checked checked = new ExtractValidation(SHAPE).check(new JsonExtract(records), row -> { });
            checked.errors().forEach(ExtractValidationFuzzTest::assertSpecific);
            boolean shapeOnly = extract.expected().stream().allMatch(e -> e.what().endsWith(" field"));
            if (records.isEmpty()) {
                assertThat(checked.passed()).as("a batch of no records").isFalse();
            } else if (shapeOnly) {
                // A record always has every column, so a row with a field too few or too many is a good record here.
                assertThat(checked.errors()).as("errors of good records").isEmpty();
                assertThat(checked.rows()).isEqualTo(records.size());
            } else {
                assertThat(checked.passed()).isFalse();
            }
        });
    }

    /** An error a sender can act on: it names the line and column, or the header, or the file's own line. */
    static void assertSpecific(RowError error) {
        assertThat(error.message()).as("message").isNotBlank().doesNotContainIgnoringCase("exception");
        if (error.row() > 0) {
            assertThat(error.line()).as("line of row " + error.row()).isGreaterThan(1);
            assertThat(error.column() != null || error.message().startsWith("expected "))
                    .as("a column, or the number of fields expected: " + error).isTrue();
        } else if (error.line() == 1) {
            assertThat(error.message()).as("a header error names the columns").contains("'");
        } else {
            assertThat(error.message()).as("a file error names its line").containsPattern("line \\d+|the file is empty");
        }
        assertThat(error.message().length()).as("message length").isLessThan(1_000);
    }

    private static boolean names(RowError error, ExtractCase.Expected problem) {
        if (problem.what().equals("a broken quote")) {
            // The reader stops there, or (when a later quote closes it) the rows from there have the wrong shape.
            return error.line() == problem.line()
                    || error.line() == 0 && error.message().matches("(?s).*line " + problem.line() + "\\b.*");
        }
        if (problem.line() == 0) {
            return error.line() == 0;
        }
        return error.line() == problem.line() && java.util.Objects.equals(error.column(), problem.column());
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
