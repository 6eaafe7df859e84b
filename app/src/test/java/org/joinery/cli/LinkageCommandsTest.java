package org.joinery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LinkageCommandsTest {

    private static final Path FAKE_1000 = Path.of("../linkage/src/test/resources/benchmarks/fake_1000/fake_1000.mapping.json");

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = new CommandLine(new JoineryCommand()).execute(args);
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void linkWritesTheTrainedModelTheScoredPairsAndThePersons() throws Exception {
        Run run = run("link", "--source", FAKE_1000.toString(), "--out", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("source fake_1000: 1,000 records", "candidate pairs per blocking rule", "persons");
        assertThat(Files.readString(folder.resolve("model.json"))).contains("\"format\" : \"joinery-linkage-model\"", "\"m\"");
        assertThat(Files.readAllLines(folder.resolve("pairs.csv")).get(0))
                .isEqualTo("left_source,left_id,right_source,right_id,match_weight,match_probability,blocking_rule");
        assertThat(Files.readAllLines(folder.resolve("clusters.csv"))).hasSize(1001);
        assertThat(run.err()).contains("training the model (EM)");
    }

    @Test
    void evaluateReportsPairwiseAndClusterScoresAndExplainsTheWorstPairs() {
        Run run = run("evaluate", "--source", FAKE_1000.toString(), "--worst", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("true pairs: 2,031", "pairwise (scored pairs)", "B-cubed (clusters)",
                "threshold sweep", "wrong pairs, worst first", "match weight");
    }

    @Test
    void explainPrintsTheWaterfallOfTwoRecordsAsJson() {
        Run run = run("explain", "--source", FAKE_1000.toString(), "--left", "fake_1000:0", "--right", "fake_1000:1", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"left\" : \"fake_1000:0\"", "\"steps\"", "\"termFrequencyAdjustment\"", "\"probability\"");
    }

    @Test
    void aMappingNamingAnUnknownColumnGivesOneClearErrorAndWritesNothing() throws Exception {
        Path csv = Files.writeString(folder.resolve("people.csv"), "id,first,last\n1,Anna,Smith\n");
        Path mapping = Files.writeString(folder.resolve("people.json"), """
                {"source": "people", "file": "%s", "recordId": "id", "fields": {"surname": "surname"}}
                """.formatted(csv.getFileName()));
        Path out = folder.resolve("out");

        Run run = run("link", "--source", mapping.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: mapping for source 'people': fields.surname names the column 'surname', "
                + "which is not in the header");
        assertThat(out).doesNotExist();
    }
}
