package org.joinery.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoroughOptionsTest {

    @TempDir
    Path temp;

    private void assertNothingWritten() throws IOException {
        try (var entries = Files.list(temp)) {
            assertThat(entries.toList()).isEmpty();
        }
    }

    private void generate(BoroughOptions options) throws IOException {
        Borough.generate(options, temp.resolve("out"), BoroughProgress.SILENT, false);
    }

    @Test
    void aNegativeNumberOfResidentsIsRefusedWithAClearMessage() throws IOException {
        assertThatThrownBy(() -> generate(BoroughOptions.parse(-5, 1, List.of(), Map.of())))
                .isInstanceOf(InvalidBoroughOptions.class)
                .hasMessage("--residents must be a whole number from 1 to 10000000, but was -5.");
        assertNothingWritten();
    }

    @Test
    void anUnknownSourceIsRefusedNamingTheSourcesThereAre() throws IOException {
        assertThatThrownBy(() -> generate(BoroughOptions.parse(100, 1, List.of("probation", "police"), Map.of())))
                .isInstanceOf(InvalidBoroughOptions.class)
                .hasMessageStartingWith("--sources: there is no source called 'police'. Choose from: housing-options, ");
        assertNothingWritten();
    }

    @Test
    void anErrorRateAboveOneOrBelowZeroIsRefused() throws IOException {
        assertThatThrownBy(() -> BoroughOptions.parse(100, 1, List.of(), Map.of("typo", "1.5")))
                .isInstanceOf(InvalidBoroughOptions.class)
                .hasMessage("--error-rate typo must be between 0 and 1, but was 1.5.");
        assertThatThrownBy(() -> BoroughOptions.parse(100, 1, List.of(), Map.of("duplicate", "-0.1")))
                .hasMessage("--error-rate duplicate must be between 0 and 1, but was -0.1.");
        assertThatThrownBy(() -> BoroughOptions.parse(100, 1, List.of(), Map.of("typo", "lots")))
                .hasMessage("--error-rate typo must be a number between 0 and 1, but was 'lots'.");
        assertThatThrownBy(() -> BoroughOptions.parse(100, 1, List.of(), Map.of("smudge", "0.1")))
                .hasMessageStartingWith("--error-rate: there is no error type called 'smudge'. Choose from: typo, ");
        assertNothingWritten();
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedUnlessForcedAndThenOnlyIfItHoldsABorough() throws IOException {
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        BoroughOptions options = BoroughOptions.of(100, 1);
        assertThatThrownBy(() -> Borough.generate(options, out, BoroughProgress.SILENT, false))
                .hasMessageContaining("is not empty").hasMessageContaining("--force");
        assertThatThrownBy(() -> Borough.generate(options, out, BoroughProgress.SILENT, true))
                .hasMessageContaining("not a generated borough");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        try (var entries = Files.list(out)) {
            assertThat(entries.toList()).hasSize(1);
        }
    }

    @Test
    void forceReplacesABoroughGeneratedBefore() throws IOException {
        Path out = temp.resolve("out");
        Borough.generate(BoroughOptions.of(100, 1), out, BoroughProgress.SILENT, false);
        Borough.generate(BoroughOptions.of(200, 1), out, BoroughProgress.SILENT, true);
        assertThat(Borough.isGenerated(BoroughOptions.of(200, 1), out)).isTrue();
        try (var entries = Files.list(temp)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactly("out");
        }
    }

    @Test
    void anOutputPathInsideAFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "x");
        assertThatThrownBy(() -> Borough.generate(BoroughOptions.of(100, 1), file.resolve("borough"), BoroughProgress.SILENT, false))
                .isInstanceOf(InvalidBoroughOptions.class).hasMessageContaining("cannot be written");
        assertThatThrownBy(() -> Borough.generate(BoroughOptions.of(100, 1), file, BoroughProgress.SILENT, false))
                .isInstanceOf(InvalidBoroughOptions.class).hasMessageContaining("is a file, not a folder");
    }
}
