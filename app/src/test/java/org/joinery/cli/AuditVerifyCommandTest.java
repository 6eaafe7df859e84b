package org.joinery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.joinery.platform.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./joinery audit verify} as an operator runs it: a separate JVM with the environment
 * variables the launcher passes, on an embedded database of its own.
 */
class AuditVerifyCommandTest {

    private Path dataDirectory;

    record Run(int exitCode, String output) {
    }

    @BeforeEach
    void freshDataDirectory() throws IOException {
        dataDirectory = Files.createTempDirectory("joinery-audit-verify-");
    }

    @AfterEach
    void removeIt() {
        EmbeddedDatabase.wipe(dataDirectory);
    }

    private Run joinery(String dbUrl, String... args) throws Exception {
        var command = new java.util.ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Joinery.class.getName());
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("JOINERY_"));
        builder.environment().put("JOINERY_DATA_DIR", dataDirectory.toString());
        if (dbUrl != null) {
            builder.environment().put("JOINERY_DB_URL", dbUrl);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void anIntactLogExitsZeroAndPrintsTheHashToKeep() throws Exception {
        Run run = joinery(null, "audit", "verify");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern("The audit log is intact: 1 entry checked\\. The last is entry 1, hash [0-9a-f]{64}\\.");
    }

    @Test
    void aChangedLogExitsOneAndNamesTheEntry() throws Exception {
        assertThat(joinery(null, "audit", "verify").exitCode()).isZero();
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabase.jdbcUrl(dataDirectory), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop trigger audit_entry_no_update_or_delete");
            statement.execute("update audit_entry set actor_username = 'someone-else' where seq = 1");
        }
        Run run = joinery(null, "audit", "verify");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("The audit log has been changed at entry 1: Entry 1 has been changed since it was written.");
    }

    @Test
    void anUnreachableDatabaseExitsTwoWithOneLineSayingWhatToFix() throws Exception {
        Run run = joinery("jdbc:postgresql://127.0.0.1:1/joinery", "audit", "verify");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).startsWith("Joinery cannot start: no database answers at jdbc:postgresql://127.0.0.1:1/joinery");
    }
}
