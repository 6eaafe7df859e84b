package org.joinery.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.synth.Borough;
import org.joinery.synth.BoroughOptions;
import org.joinery.synth.BoroughProgress;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo borough's eight sources register from the engine's mapping files and their generated extracts import
 * through the one import path, as the demo seed will do it.
 */
@IntegrationTest
class DemoBoroughImportTest {

    /** Each demo source's opened and closed columns (the generator's headers). */
    static final Map<String, List<String>> OPENED_CLOSED = Map.of(
            "housing-options", List.of("case_opened", "case_closed"),
            "revenues-benefits", List.of("claim_start", "claim_end"),
            "adult-social-care", List.of("assessment_start", "case_closed"),
            "drug-alcohol-service", List.of("treatment_start", "discharge_date"),
            "probation", List.of("order_start", "order_end"),
            "mental-health-trust", List.of("first_contact", "discharge_date"),
            "domestic-abuse-service", List.of("support_start", "support_end"),
            "employment-support", List.of("start_date", "exit_date"));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SourceRegistration registration;

    @Autowired
    SourceImports imports;

    @TempDir
    Path folder;

    @Test
    void theDemoBoroughsSourcesRegisterFromTheirMappingFilesAndTheirExtractsLand() throws IOException {
        Borough.generate(BoroughOptions.of(300, 5), folder, BoroughProgress.SILENT, false);
        UUID organisation = new TestStaff(jdbc, passwords).organisation("Demo " + UUID.randomUUID(), "COUNCIL_SERVICE", false);
        Actor seed = Actor.system("demo seed");
        for (Map.Entry<String, List<String>> source : OPENED_CLOSED.entrySet()) {
            String suffix = "-" + UUID.randomUUID().toString().substring(0, 6);
            String name = source.getKey() + suffix;
            String mapping = mapping(source.getKey()).replace("\"source\": \"" + source.getKey() + "\"", "\"source\": \"" + name + "\"");
            registration.register(seed, new NewSource(name, source.getKey(), organisation, "Public task", "Duty desk",
                    source.getKey().equals("domestic-abuse-service"), mapping, source.getValue().get(0), source.getValue().get(1),
                    List.of()));
            Path extract = Files.list(folder).filter(p -> Files.isDirectory(p)).flatMap(this::list)
                    .filter(p -> p.getFileName().toString().equals(source.getKey() + ".csv")).findFirst()
                    .orElseThrow(() -> new AssertionError("no extract for " + source.getKey()));

            ImportOutcome outcome = imports.importCsv(seed, name, extract);

            assertThat(outcome.status()).as(source.getKey() + ": " + outcome.errors().stream().limit(3).toList())
                    .isEqualTo(ImportOutcome.Status.LANDED);
            assertThat(outcome.added()).isPositive();
        }
    }

    private java.util.stream.Stream<Path> list(Path directory) {
        try {
            return Files.list(directory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String mapping(String source) throws IOException {
        try (InputStream in = DemoBoroughImportTest.class.getResourceAsStream(
                "/org/joinery/linkage/demo-borough/" + source + ".mapping.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
