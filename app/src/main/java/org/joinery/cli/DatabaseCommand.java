package org.joinery.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.joinery.platform.DatabasePreflight;
import org.joinery.platform.EmbeddedDatabase;
import org.joinery.platform.database.DatabaseCopy;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "database", mixinStandardHelpOptions = true, description = "Work with Joinery's database.",
        subcommands = DatabaseCommand.CopyFromEmbedded.class)
class DatabaseCommand {

    @Command(name = "copy-from-embedded", mixinStandardHelpOptions = true,
            description = {"Copy everything from the embedded H2 database into the PostgreSQL database named by JOINERY_DB_URL,",
                    "JOINERY_DB_USER and JOINERY_DB_PASSWORD. The target must be new and empty. Stop Joinery first."})
    static class CopyFromEmbedded implements Callable<Integer> {

        @Option(names = "--from", description = "Folder of the embedded database (default: JOINERY_DATA_DIR, or ./data).")
        Path from;

        @Override
        public Integer call() throws Exception {
            String url = System.getenv("JOINERY_DB_URL");
            if (url == null || url.isBlank() || !url.startsWith("jdbc:postgresql:")) {
                System.err.println("Set JOINERY_DB_URL (and JOINERY_DB_USER, JOINERY_DB_PASSWORD) to the new PostgreSQL database to copy into.");
                return 2;
            }
            Path directory = from != null ? from.toAbsolutePath() : EmbeddedDatabase.dataDirectory();
            if (!EmbeddedDatabase.exists(directory)) {
                System.err.println("There is no embedded Joinery database in " + directory + ". Give its folder with --from.");
                return 2;
            }
            if (!DatabasePreflight.embedded(directory).check(System.err) || !DatabasePreflight.fromEnvironment().check(System.err)) {
                return 2;
            }
            var source = new SimpleDriverDataSource(new org.h2.Driver(), EmbeddedDatabase.jdbcUrl(directory), "sa", "");
            var target = new SimpleDriverDataSource(new org.postgresql.Driver(), url,
                    System.getenv("JOINERY_DB_USER"), System.getenv("JOINERY_DB_PASSWORD"));
            System.out.println("Copying " + directory + " into " + url);
            try {
                var copied = new DatabaseCopy(source, target, System.out).run();
                long rows = copied.values().stream().mapToLong(Long::longValue).sum();
                System.out.printf("Done: %,d rows in %d tables copied and counted. Start Joinery with the same JOINERY_DB_* settings,"
                        + " then run ./joinery audit verify.%n", rows, copied.size());
                return 0;
            } catch (IllegalStateException e) {
                System.err.println("Nothing was copied: " + e.getMessage());
                return 1;
            }
        }
    }
}
