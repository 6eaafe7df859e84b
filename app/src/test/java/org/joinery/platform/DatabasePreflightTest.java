package org.joinery.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class DatabasePreflightTest {

    private static DatabasePreflight preflight(String url, String user) {
        return new DatabasePreflight(url, user, "");
    }

    private static String oneLine(DatabasePreflight preflight) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        boolean ok = preflight.check(new PrintStream(err, true));
        assertThat(ok).isFalse();
        String printed = err.toString();
        assertThat(printed.strip().lines()).as("one line").hasSize(1);
        return printed;
    }

    @Test
    void aUrlThatIsNotPostgresqlIsRefusedWithAnExample() throws Exception {
        assertThat(oneLine(preflight("mysql://db/joinery", null)))
                .startsWith("Joinery cannot start: JOINERY_DB_URL must be a PostgreSQL JDBC URL such as jdbc:postgresql://");
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsNamedWithWhatToCheck() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(oneLine(preflight("jdbc:postgresql://127.0.0.1:" + closedPort + "/joinery", "joinery")))
                .contains("no database answers at jdbc:postgresql://127.0.0.1:" + closedPort)
                .contains("Check the host and port in JOINERY_DB_URL");
    }

    @Test
    void aMissingDatabaseIsReportedAsMissing() throws Exception {
        TestDatabase.requirePostgres();
        assertThat(oneLine(preflight("jdbc:postgresql://127.0.0.1:5432/joinery_no_such_database", TestDatabase.POSTGRES_USER)))
                .contains("does not exist. Create it or correct the URL");
    }

    @Test
    void theEmbeddedDatabaseOpensInAnEmptyFolder() throws Exception {
        Path folder = Files.createTempDirectory("joinery-preflight-");
        try {
            assertThat(DatabasePreflight.embedded(folder).check(System.err)).isTrue();
            assertThat(EmbeddedDatabase.exists(folder)).isTrue();
        } finally {
            EmbeddedDatabase.wipe(folder);
        }
    }
}
