package org.joinery.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A borough written to disk: its extracts, truth, summary and manifest. */
class BoroughFilesTest {

    @TempDir
    static Path temp;
    private static Path borough;
    private static final Set<String> TRUTH_COLUMNS = Set.of("resident_id", "errors", "truth", "household", "domains", "resident");

    @BeforeAll
    static void generate() throws IOException {
        borough = temp.resolve("borough");
        Borough.generate(BoroughOptions.of(30_000, 7), borough, BoroughProgress.SILENT, false);
    }

    @Test
    void theSameSeedAndOptionsGiveByteIdenticalFiles() throws IOException {
        Path again = temp.resolve("again");
        Borough.generate(BoroughOptions.of(30_000, 7), again, BoroughProgress.SILENT, false);
        List<Path> files = files(borough);
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            Path twin = again.resolve(borough.relativize(file).toString());
            assertThat(Files.mismatch(file, twin)).as(file.toString()).isEqualTo(-1L);
        }
    }

    @Test
    void aDifferentSeedGivesADifferentBorough() throws IOException {
        Path other = temp.resolve("other-seed");
        Borough.generate(BoroughOptions.of(30_000, 8), other, BoroughProgress.SILENT, false);
        assertThat(Files.mismatch(borough.resolve("extracts/probation.csv"), other.resolve("extracts/probation.csv"))).isNotEqualTo(-1L);
        assertThat(Files.mismatch(borough.resolve("truth/records.csv"), other.resolve("truth/records.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void choosingSomeSourcesLeavesTheirExtractsAsTheyAreInTheFullBorough() throws IOException {
        Path some = temp.resolve("some");
        Borough.generate(new BoroughOptions(30_000, 7, List.of(SyntheticSource.PROBATION, SyntheticSource.HOUSING_OPTIONS), Map.of()), some,
                BoroughProgress.SILENT, false);
        assertThat(Files.list(some.resolve("extracts")).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("housing-options.csv", "probation.csv");
        assertThat(Files.mismatch(borough.resolve("extracts/probation.csv"), some.resolve("extracts/probation.csv"))).isEqualTo(-1L);
    }

    @Test
    void noExtractHasATruthColumnOrAResidentId() throws IOException {
        for (SyntheticSource source : SyntheticSource.values()) {
            List<List<String>> rows = Csv.read(borough.resolve("extracts/" + source.slug() + ".csv"));
            for (String column : rows.get(0)) {
                assertThat(TRUTH_COLUMNS).as(source.slug()).doesNotContain(column);
            }
            for (List<String> row : rows) {
                for (String cell : row) {
                    assertThat(cell).doesNotMatch("(?s).*\\bR\\d{8}\\b.*");
                }
            }
        }
    }

    @Test
    void everyExtractRecordIsInTheTruthFileOnceWithItsResident() throws IOException {
        List<List<String>> truth = Csv.read(borough.resolve("truth/records.csv"));
        assertThat(truth.get(0)).containsExactly("source", "record_id", "resident_id", "errors");
        Map<String, String> residentOf = new HashMap<>();
        for (List<String> row : truth.subList(1, truth.size())) {
            assertThat(residentOf.put(row.get(0) + "/" + row.get(1), row.get(2))).isNull();
            assertThat(row.get(2)).matches("R\\d{8}");
        }
        long records = 0;
        for (SyntheticSource source : SyntheticSource.values()) {
            List<List<String>> rows = Csv.read(borough.resolve("extracts/" + source.slug() + ".csv"));
            for (List<String> row : rows.subList(1, rows.size())) {
                assertThat(row).hasSize(rows.get(0).size());
                assertThat(residentOf).containsKey(source.slug() + "/" + row.get(0));
                records++;
            }
        }
        assertThat(records).isEqualTo(residentOf.size());
    }

    @Test
    void recordsAreNotInResidentOrderSoTheirOrderRevealsNothing() throws IOException {
        List<List<String>> truth = Csv.read(borough.resolve("truth/records.csv"));
        List<String> revenues = truth.stream().filter(row -> row.get(0).equals("revenues-benefits")).map(row -> row.get(2)).toList();
        long rising = 0;
        for (int i = 1; i < revenues.size(); i++) {
            if (revenues.get(i).compareTo(revenues.get(i - 1)) > 0) {
                rising++;
            }
        }
        assertThat((double) rising / revenues.size()).isBetween(0.4, 0.6);
    }

    @Test
    void theManifestRecordsSeedOptionsRowCountsAndChecksums() throws Exception {
        String manifest = Files.readString(borough.resolve("manifest.json"));
        assertThat(manifest).contains("\"seed\": 7", "\"residents\": 30000", "\"generatorVersion\": \"" + Borough.GENERATOR_VERSION + "\"",
                "\"options\": \"" + BoroughOptions.of(30_000, 7).canonical() + "\"");
        for (SyntheticSource source : SyntheticSource.values()) {
            Path file = borough.resolve("extracts/" + source.slug() + ".csv");
            long rows = Csv.read(file).size() - 1;
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            assertThat(manifest).contains("\"file\": \"extracts/" + source.slug() + ".csv\",\n      \"rows\": " + rows + ",\n      \"sha256\": \"" + sha + "\"");
        }
    }

    @Test
    void theSummaryCountsEveryResidentOnceByWardAndByCombinationOfDomains() throws IOException {
        BoroughSummary summary = BoroughSummary.read(borough);
        assertThat(summary.residents()).isEqualTo(30_000);
        assertThat(summary.wards()).hasSize(19);
        assertThat(summary.borough().combinations()).hasSize(64);
        assertThat(summary.borough().residents()).isEqualTo(30_000);
        assertThat(summary.wardAreas()).hasSize(19);
        assertThat(summary.wardAreas().stream().mapToLong(BoroughSummary.Area::residents).sum()).isEqualTo(30_000);
        assertThat(summary.borough().withAtLeast(2)).isGreaterThan(0);
    }

    @Test
    void extractsAreUtf8CsvWithQuotedFieldsWhereNeeded() throws IOException {
        String employment = Files.readString(borough.resolve("extracts/employment-support.csv"), StandardCharsets.UTF_8);
        assertThat(employment).contains("\"", "\r\n");
        List<List<String>> rows = Csv.read(borough.resolve("extracts/employment-support.csv"));
        assertThat(rows.stream().skip(1).map(row -> row.get(6)).filter(a -> a.contains("\n")).count()).isGreaterThan(0);
    }

    @Test
    void aBoroughAlreadyMadeWithTheSameOptionsIsNotMadeAgain() throws IOException {
        assertThat(Borough.isGenerated(BoroughOptions.of(30_000, 7), borough)).isTrue();
        assertThat(Borough.isGenerated(BoroughOptions.of(30_001, 7), borough)).isFalse();
        assertThat(Borough.generateUnlessPresent(BoroughOptions.of(30_000, 7), borough, BoroughProgress.SILENT).generated()).isFalse();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return new ArrayList<>(paths.filter(Files::isRegularFile).sorted().toList());
        }
    }
}
