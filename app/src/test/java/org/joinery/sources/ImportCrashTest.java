package org.joinery.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.FaultTally;
import org.joinery.testing.JoineryProcess;
import org.joinery.testing.TestDatabase;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * All or nothing under a crash (fault suite): the application runs as a separate JVM on a fresh PostgreSQL schema,
 * with a small heap (so an import that held the whole file in memory would fail); it is killed with SIGKILL while it
 * applies a large upload. After a restart no row of that batch is visible, and the same upload then lands whole. The
 * full fault run ({@code -Djoinery.faults=full}) kills it at several points of the same upload before letting it land.
 */
@Tag("integration")
@Tag("postgresql-only")
@Tag("fault")
@ExtendWith(FaultTally.class)
class ImportCrashTest {

    private static final int ROWS = 300_000;

    @TempDir
    Path folder;

    String schema;
    JdbcTemplate jdbc;
    JoineryProcess application;
    JoineryProcess.Setup setup;

    @BeforeEach
    void freshSchema() {
        TestDatabase.requirePostgres();
        schema = TestDatabase.freshSchema("joinery_crash_");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(TestDatabase.schemaUrl(schema), TestDatabase.POSTGRES_USER, ""));
        setup = JoineryProcess.Setup.postgres(folder, TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER, schema).heap("-Xmx256m");
    }

    @AfterEach
    void dropSchema() {
        if (application != null) {
            application.close();
        }
        if (schema != null) {
            TestDatabase.dropSchema(schema);
        }
    }

    @Test
    void aBatchKilledMidwayLeavesNothingAndTheSameUploadThenLandsWhole() throws Exception {
        application = JoineryProcess.start(setup);
        UUID organisation = new TestStaff(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder())
                .organisation("Crash council", "COUNCIL_SERVICE", false);
        String admin = new TestStaff(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder())
                .user(organisation, "crash-admin", "Crash admin", Role.ADMINISTRATOR);
        String source = "crash-people";
        jdbc.update("""
                insert into source (id, organisation_id, name, title, mapping_json, opened_column, closed_column, sensitive,
                                    lawful_basis, contact, created_at, updated_at, columns_json)
                values (?, ?, ?, 'Crash people', ?, 'opened', 'closed', false, 'Public task', 'Duty desk', ?, ?, ?)""",
                UUID.randomUUID(), organisation, source, SourceFixtures.mapping(source), Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()), "[\"id\",\"forenames\",\"surname\",\"dob\",\"postcode\",\"opened\",\"closed\"]");
        byte[] extract = Files.readAllBytes(extract());

        int crashes = FaultTally.repetitions(5);
        long partial = 0;
        for (int crash = 0; crash < crashes; crash++) {
            String batchPage = upload(admin, source, extract);
            // Each crash lands further into the batch: after 1, then about 15%, 30%... of the rows applied.
            waitUntilApplying(admin, batchPage, (long) ROWS * crash * 3 / 20);
            application.kill9();
            partial += count("source_record") + count("import_batch") + count("source_record_history");
            assertThat(count("source_record")).isZero();
            assertThat(count("import_batch")).isZero();
            assertThat(count("source_record_history")).isZero();
            application = application.restart();
        }

        String again = upload(admin, source, extract);
        WebSession session = WebSession.signedIn(application.port(), admin);
        for (int i = 0; i < 1200 && session.fetch(again).headers().firstValue("Refresh").isPresent(); i++) {
            Thread.sleep(500);
        }
        assertThat(session.get(again).document().getElementById("import-status").text()).contains("Batch landed");
        assertThat(count("source_record")).isEqualTo(ROWS);
        assertThat(count("import_batch")).isEqualTo(1);
        long entries = JoineryProcess.verifyAuditChain(setup);
        FaultTally.record(new FaultTally.Figures("kill -9 during an import", crashes, entries, crashes + 1, 0, 0, partial));
    }

    private String upload(String admin, String source, byte[] extract) {
        WebSession session = WebSession.signedIn(application.port(), admin);
        WebSession.Page uploaded = session.submitMultipart("/sources/" + source, "/sources/" + source + "/batches", List.of(),
                List.of(new WebSession.FilePart("extract", "big.csv", extract)));
        assertThat(uploaded.status()).isEqualTo(302);
        return WebSession.path(uploaded.location());
    }

    private void waitUntilApplying(String admin, String batchPage, long atLeast) throws InterruptedException {
        WebSession session = WebSession.signedIn(application.port(), admin);
        for (int i = 0; i < 3000; i++) {
            WebSession.Page page = session.get(batchPage);
            var applied = page.document().getElementById("rows-applied");
            if (applied != null && rowsApplied(applied.text()) > atLeast) {
                return;
            }
            assertThat(page.document().getElementById("import-status").text()).doesNotContain("landed");
            Thread.sleep(100);
        }
        throw new AssertionError("The import never applied more than " + atLeast + " rows");
    }

    private static long rowsApplied(String shown) {
        String digits = shown.split("/")[0].replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private Path extract() throws IOException {
        Path file = folder.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(SourceFixtures.HEADER + "\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(String.format(Locale.ROOT, "R%d,Forename%d,Surname%d,%02d/%02d/19%02d,E1 %dAB,,%n", i, i % 997, i % 991,
                        1 + i % 28, 1 + i % 12, i % 100, i % 10));
            }
        }
        return file;
    }
}
