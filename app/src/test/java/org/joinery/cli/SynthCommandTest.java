package org.joinery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SynthCommandTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private Run synth(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        java.io.PrintStream stderr = System.err;
        StringWriter picocliErrors = new StringWriter();
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            CommandLine command = new CommandLine(new JoineryCommand());
            command.setErr(new PrintWriter(picocliErrors));
            String[] full = new String[args.length + 1];
            full[0] = "synth";
            System.arraycopy(args, 0, full, 1, args.length);
            int exitCode = command.execute(full);
            return new Run(exitCode, out.toString(java.nio.charset.StandardCharsets.UTF_8),
                    err.toString(java.nio.charset.StandardCharsets.UTF_8) + picocliErrors);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void synthWritesABoroughAndSaysWhatItMade() {
        Path out = temp.resolve("borough");
        Run run = synth("--residents", "2000", "--seed", "4", "--out", out.toString(), "--stats");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Generated 2,000 residents").contains("Peak heap used");
        assertThat(run.err()).contains("2,000 of 2,000 residents (100%)");
        assertThat(out.resolve("manifest.json")).isRegularFile();
        assertThat(out.resolve("extracts/housing-options.csv")).isRegularFile();
    }

    @Test
    void badOptionsGiveOneClearErrorAndWriteNothing() throws Exception {
        Path out = temp.resolve("borough");
        Run negative = synth("--residents", "-1", "--out", out.toString());
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err().strip()).isEqualTo("--residents must be a whole number from 1 to 10000000, but was -1.");
        Run unknown = synth("--sources", "police", "--out", out.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("there is no source called 'police'");
        Run rate = synth("--error-rate", "typo=2", "--out", out.toString());
        assertThat(rate.exitCode()).isEqualTo(2);
        assertThat(rate.err()).contains("--error-rate typo must be between 0 and 1, but was 2.0.");
        try (var entries = Files.list(temp)) {
            assertThat(entries.toList()).isEmpty();
        }
    }
}
