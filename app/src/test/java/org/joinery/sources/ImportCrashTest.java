package org.joinery.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.TestDatabase;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * All or nothing under a crash: the application runs as a separate JVM on a fresh PostgreSQL schema, with a small
 * heap (so an import that held the whole file in memory would fail); it is killed with SIGKILL while it applies a
 * large upload. After a restart no row of that batch is visible, and the same upload then lands whole.
 */
@Tag("integration")
@Tag("postgresql-only")
class ImportCrashTest {

    private static final int ROWS = 300_000;
    private static final String HEAP = "-Xmx256m";

    @TempDir
    Path folder;

    String schema;
    JdbcTemplate jdbc;
    Process application;
    int port;

    @BeforeEach
    void freshSchema() {
        TestDatabase.requirePostgres();
        schema = "joinery_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url(), TestDatabase.POSTGRES_USER, ""));
    }

    @AfterEach
    void dropSchema() {
        if (application != null) {
            application.destroyForcibly();
        }
        if (schema != null) {
            execute("drop schema " + schema + " cascade");
        }
    }

    private static void execute(String sql) {
        try (var connection = java.sql.DriverManager.getConnection(TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER, "")) {
            connection.createStatement().execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private String url() {
        return TestDatabase.POSTGRES_URL + (TestDatabase.POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Test
    void aBatchKilledMidwayLeavesNothingAndTheSameUploadThenLandsWhole() throws Exception {
        start();
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

        String batchPage = upload(admin, source, extract);
        waitUntilApplying(admin, batchPage);
        application.destroyForcibly().waitFor();
        application = null;

        assertThat(count("source_record")).isZero();
        assertThat(count("import_batch")).isZero();
        assertThat(count("source_record_history")).isZero();

        start();
        String again = upload(admin, source, extract);
        WebSession session = WebSession.signedIn(port, admin);
        for (int i = 0; i < 1200 && session.fetch(again).headers().firstValue("Refresh").isPresent(); i++) {
            Thread.sleep(500);
        }
        assertThat(session.get(again).document().getElementById("import-status").text()).contains("Batch landed");
        assertThat(count("source_record")).isEqualTo(ROWS);
        assertThat(count("import_batch")).isEqualTo(1);
    }

    private String upload(String admin, String source, byte[] extract) {
        WebSession session = WebSession.signedIn(port, admin);
        WebSession.Page uploaded = session.submitMultipart("/sources/" + source, "/sources/" + source + "/batches", List.of(),
                List.of(new WebSession.FilePart("extract", "big.csv", extract)));
        assertThat(uploaded.status()).isEqualTo(302);
        return WebSession.path(uploaded.location());
    }

    private void waitUntilApplying(String admin, String batchPage) throws InterruptedException {
        WebSession session = WebSession.signedIn(port, admin);
        for (int i = 0; i < 1200; i++) {
            WebSession.Page page = session.get(batchPage);
            var applied = page.document().getElementById("rows-applied");
            if (applied != null && !applied.text().startsWith("0")) {
                return;
            }
            assertThat(page.document().getElementById("import-status").text()).doesNotContain("landed");
            Thread.sleep(100);
        }
        throw new AssertionError("The import never started applying");
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

    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), "org.joinery.cli.Joinery", "serve");
        builder.environment().put("JOINERY_DB_URL", url());
        builder.environment().put("JOINERY_DB_USER", TestDatabase.POSTGRES_USER);
        builder.environment().put("JOINERY_DB_PASSWORD", "");
        builder.environment().put("JOINERY_PORT", String.valueOf(port));
        builder.environment().put("JOINERY_DATA_DIR", folder.resolve("data").toString());
        builder.environment().put("SPRING_FLYWAY_SCHEMAS", schema);
        builder.environment().put("SPRING_FLYWAY_DEFAULT_SCHEMA", schema);
        builder.redirectErrorStream(true).redirectOutput(folder.resolve("application.log").toFile());
        application = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            if (!application.isAlive()) {
                throw new AssertionError("The application stopped: " + Files.readString(folder.resolve("application.log")));
            }
            try {
                HttpResponse<Void> signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (signIn.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application did not start within 5 minutes");
    }
}
