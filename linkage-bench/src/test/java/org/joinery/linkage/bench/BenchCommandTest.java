package org.joinery.linkage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code joinery bench}, run as the joinery script runs it: from the bench module, with DuckDB on its class path. */
class BenchCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run bench(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int exitCode = new CommandLine(new BenchCommand()).execute(args);
            return new Run(exitCode, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void theBenchmarkLinksSyntheticPeopleAndComparesTheSameScoringInDuckDb() {
        Run run = bench("--synthetic", "3000", "--seed", "5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("generated 3,000 records", "records                          3,000",
                "scored pairs/s/core (CPU time)", "DuckDB", "faster than the DuckDB baseline");
        assertThat(run.err()).contains("s] linked end to end in");
    }

    @Test
    void theFrontDoorBenchmarkReportsItsLatencies() {
        Run run = bench("--front-door", "2000", "--queries", "500");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("p50", "p99");
    }

    @Test
    void aBenchmarkWithNothingToReadGivesOneClearError() {
        Run run = bench("--no-duckdb");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: give --source mapping files or --synthetic N" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }
}
