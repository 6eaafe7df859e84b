package org.joinery.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.joinery.platform.EmbeddedDatabase;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Gives each Spring test context a database of its own: a fresh H2 file database, or, when the
 * system property {@code joinery.test.db=postgresql}, a fresh schema in the PostgreSQL test
 * database that is dropped when the context closes. Runs never collide.
 *
 * <p>Without PostgreSQL the PostgreSQL run is skipped, except under CI ({@code joinery.ci=true}),
 * where it fails.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String POSTGRES_URL = System.getProperty("joinery.test.postgres-url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = System.getProperty("joinery.test.postgres-user", "postgres");

    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("joinery.test.db", "h2"));
    }

    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getProperty("joinery.ci", System.getenv("CI")));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Every context gets its own data folder, on either database, so nothing lands in the working tree.
        Path dataDirectory = temporaryFolder();
        TestPropertyValues.of("joinery.data-dir=" + dataDirectory).applyTo(context);
        whenClosed(context, () -> EmbeddedDatabase.wipe(dataDirectory));
        if (onPostgres()) {
            String schema = "joinery_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
            execute("create schema " + schema);
            TestPropertyValues.of(
                    "joinery.db.url=" + POSTGRES_URL + "?currentSchema=" + schema,
                    "joinery.db.user=" + POSTGRES_USER,
                    "joinery.db.password=",
                    "spring.flyway.schemas=" + schema,
                    "spring.flyway.default-schema=" + schema).applyTo(context);
            whenClosed(context, () -> execute("drop schema " + schema + " cascade"));
        } else {
            TestPropertyValues.of("joinery.db.url=").applyTo(context);
        }
    }

    /**
     * Runs the action when this context closes. A class, not a lambda: the event publication registry's multicaster
     * picks listeners by their declared event type, which a lambda's erased type does not tell it.
     */
    private static void whenClosed(ConfigurableApplicationContext context, Runnable action) {
        context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
            @Override
            public void onApplicationEvent(ContextClosedEvent event) {
                if (event.getApplicationContext() == context) {
                    action.run();
                }
            }
        });
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("joinery-test-");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not make a folder for the test's data", e);
        }
    }

    /** Skips (locally) or fails (under CI) when PostgreSQL is wanted but does not answer. */
    public static void requirePostgres() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
            // reachable
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + POSTGRES_URL + ": " + e.getMessage();
            if (underCi()) {
                throw new IllegalStateException(message + " (CI=true: PostgreSQL tests must run)");
            }
            Assumptions.abort(message);
        }
    }

    /** A new, empty schema in the PostgreSQL test database for a test that runs Joinery itself; drop it with {@link #dropSchema}. */
    public static String freshSchema(String prefix) {
        String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("create schema " + schema);
        return schema;
    }

    public static void dropSchema(String schema) {
        execute("drop schema " + schema + " cascade");
    }

    /** The test database's URL with the schema as the current one. */
    public static String schemaUrl(String schema) {
        return POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String sql) {
        requirePostgres();
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on the PostgreSQL test database", e);
        }
    }
}
