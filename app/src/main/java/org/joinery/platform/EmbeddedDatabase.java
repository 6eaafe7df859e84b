package org.joinery.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where the embedded (H2, file mode) database lives: for trying Joinery, never for production. */
public final class EmbeddedDatabase {

    public static final String WARNING = "Joinery is running on its embedded H2 database in %s. "
            + "This is for trying Joinery only: do not keep real data in it. "
            + "For production set JOINERY_DB_URL, JOINERY_DB_USER and JOINERY_DB_PASSWORD to a PostgreSQL database.";

    private EmbeddedDatabase() {
    }

    public static String jdbcUrl(Path directory) {
        // PostgreSQL mode lets one migration history serve both databases. WRITE_DELAY=0 writes each commit to the
        // file before the commit returns: by default H2 keeps commits in memory for up to half a second, so a crash
        // (kill -9) lost acknowledged writes and audit entries, and a full disk failed after the commit had answered.
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("joinery")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** Whether an embedded database has been created in the folder. */
    public static boolean exists(Path directory) {
        return Files.exists(directory.resolve("joinery.mv.db"));
    }

    public static Path dataDirectory() {
        String configured = System.getenv("JOINERY_DATA_DIR");
        return Path.of(configured == null || configured.isBlank() ? "data" : configured).toAbsolutePath();
    }

    public static Path demoDirectory() {
        return dataDirectory().resolve("demo");
    }

    /** Deletes the demo database so that every demo starts fresh. */
    public static void wipe(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not delete " + path + " to start a fresh demo", e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + directory, e);
        }
    }
}
