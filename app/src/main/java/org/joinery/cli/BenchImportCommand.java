package org.joinery.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.joinery.JoineryApplication;
import org.joinery.access.Actor;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.OrganisationType;
import org.joinery.organisations.Organisations;
import org.joinery.platform.EmbeddedDatabase;
import org.joinery.sources.ImportOutcome;
import org.joinery.sources.NewSource;
import org.joinery.sources.SourceImports;
import org.joinery.sources.SourceRegistration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures imports through the application's one import path, on a fresh database: a first batch of N new
 * rows, then a later batch of the same size with a tenth changed, a hundredth withdrawn and as many new.
 */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = "Benchmark extract imports (check + apply in one transaction) on a fresh H2 or PostgreSQL database; prints rows per second.")
class BenchImportCommand implements Callable<Integer> {

    private static final String HEADER = "id,forenames,surname,dob,postcode,opened,closed";
    private static final String[] FORENAMES = {"Anna", "Ben", "Cara", "Dev", "Ella", "Femi", "Grace", "Hassan", "Ines", "Jack"};
    private static final String[] SURNAMES = {"Smith", "Jones", "Patel", "Khan", "Okafor", "Brown", "Nowak", "Lee", "Taylor", "Ali"};

    @Option(names = "--database", defaultValue = "h2", description = "h2 (a fresh embedded file database) or postgresql.")
    String database;

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows per batch (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--postgres-url", defaultValue = "${env:JOINERY_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test}",
            description = "PostgreSQL database to create a scratch schema in (dropped afterwards).")
    String postgresUrl;

    @Option(names = "--postgres-user", defaultValue = "${env:JOINERY_BENCH_POSTGRES_USER:-postgres}")
    String postgresUser;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("joinery-bench-import-");
        String schema = "joinery_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        boolean postgres = database.toLowerCase(Locale.ROOT).startsWith("postgres");
        List<String> args = new java.util.ArrayList<>(List.of("--joinery.data-dir=" + folder, "--logging.level.root=WARN", "--logging.level.org.joinery.sources.internal=INFO"));
        if (postgres) {
            execute("create schema " + schema);
            args.addAll(List.of("--joinery.db.url=" + postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "--joinery.db.user=" + postgresUser, "--joinery.db.password=", "--spring.flyway.schemas=" + schema,
                    "--spring.flyway.default-schema=" + schema));
        } else {
            args.add("--joinery.db.url=");
        }
        SpringApplication application = new SpringApplication(JoineryApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
            Actor bench = Actor.system("bench-import");
            Organisation organisation = context.getBean(Organisations.class).create("Bench " + schema, OrganisationType.COUNCIL_SERVICE, false);
            String name = "bench-people";
            context.getBean(SourceRegistration.class).register(bench, new NewSource(name, "Bench people", organisation.id(),
                    "Benchmark", "Nobody", false, """
                    {"version": 1, "source": "bench-people", "recordId": "id", "dateFormats": ["dd/MM/yyyy"],
                     "fields": {"forenames": "forenames", "surname": "surname", "date_of_birth": "dob", "postcode": "postcode"}}""",
                    "opened", "closed", List.of(HEADER.split(","))));
            SourceImports imports = context.getBean(SourceImports.class);
            Path first = write(folder.resolve("first.csv"), rows, 0);
            Path later = write(folder.resolve("later.csv"), rows, 1);
            System.out.printf(Locale.ROOT, "database: %s, rows per batch: %,d, file: %,d bytes, %d cores, max heap %d MiB%n",
                    postgres ? "PostgreSQL" : "H2 (embedded file)", rows, Files.size(first),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            measure("first batch (all new)", () -> imports.importCsv(bench, name, first));
            measure("later batch (10% changed, 1% withdrawn, 1% new)", () -> imports.importCsv(bench, name, later));
            measure("same batch again (nothing changes)", () -> imports.importCsv(bench, name, later));
        } finally {
            if (postgres) {
                execute("drop schema " + schema + " cascade");
            }
            EmbeddedDatabase.wipe(folder);
        }
        return 0;
    }

    private void measure(String what, java.util.function.Supplier<ImportOutcome> run) {
        long start = System.nanoTime();
        ImportOutcome outcome = run.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-50s %s in %.2f s: %,.0f rows/s (new %,d, changed %,d, unchanged %,d, withdrawn %,d)%n",
                what, outcome.status(), seconds, outcome.rows() / seconds, outcome.added(), outcome.changed(),
                outcome.unchanged(), outcome.withdrawn());
        if (outcome.status() == ImportOutcome.Status.REJECTED) {
            throw new IllegalStateException("the benchmark batch was rejected: " + outcome.errors());
        }
    }

    /** Batch 0: rows 0..n-1. Batch 1: every tenth row changed, the last hundredth dropped and as many new ones added. */
    static Path write(Path file, int rows, int batch) throws IOException {
        Random random = new Random(7);
        int dropped = batch == 0 ? 0 : rows / 100;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows + dropped; i++) {
                int day = 1 + random.nextInt(28);
                int month = 1 + random.nextInt(12);
                int year = 1930 + random.nextInt(80);
                if (i >= rows - dropped && i < rows) {
                    continue;
                }
                String surname = SURNAMES[random.nextInt(SURNAMES.length)] + (batch == 1 && i % 10 == 0 ? "-Changed" : "");
                out.write("R" + i + "," + FORENAMES[random.nextInt(FORENAMES.length)] + "," + surname + ","
                        + String.format(Locale.ROOT, "%02d/%02d/%04d", day, month, year) + ",E" + (1 + random.nextInt(20)) + " "
                        + random.nextInt(10) + "AB,01/0" + (1 + random.nextInt(9)) + "/2024,\n");
            }
        }
        return file;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgresUrl, postgresUser, "")) {
            connection.createStatement().execute(sql);
        }
    }
}
