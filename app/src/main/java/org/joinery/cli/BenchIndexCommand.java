package org.joinery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.joinery.access.Actor;
import org.joinery.index.ResidentIndex;
import org.joinery.linking.IndexQuality;
import org.joinery.linking.LinkRun;
import org.joinery.linking.LinkageRuns;
import org.joinery.linking.ModelVersions;
import org.joinery.linking.RunResult;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.OrganisationType;
import org.joinery.organisations.Organisations;
import org.joinery.sources.ImportOutcome;
import org.joinery.sources.NewSource;
import org.joinery.sources.SourceImports;
import org.joinery.sources.SourceRegistration;
import org.joinery.sources.Sources;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-index", mixinStandardHelpOptions = true,
        description = "Benchmark the resident index through the application, on the configured database (JOINERY_DB_*, or"
                + " H2): import a demo borough's extracts (./joinery synth), a full link, its pairwise and B-cubed F1 against"
                + " the truth file, a second full run and the share of persons keeping their Joinery ID, an incremental link"
                + " of held-back records, and a rerun after retraining the model. Needs an empty database.")
class BenchIndexCommand implements Callable<Integer> {

    private static final String MAPPINGS = "/org/joinery/linkage/demo-borough/";
    private static final List<String> SOURCES = List.of("housing-options", "revenues-benefits", "adult-social-care",
            "drug-alcohol-service", "probation", "mental-health-trust", "domestic-abuse-service", "employment-support");

    @Option(names = "--borough", required = true, paramLabel = "FOLDER",
            description = "A borough written by ./joinery synth (its extracts/ and truth/ folders).")
    Path borough;

    @Option(names = "--incremental", defaultValue = "1000", paramLabel = "N",
            description = "Records held back from the largest extract and linked incrementally afterwards (default ${DEFAULT-VALUE}).")
    int incremental;

    @Option(names = "--no-retrain", description = "Skip retraining the model and the rerun after it.")
    boolean noRetrain;

    private final Actor actor = Actor.system("bench-index");

    @Override
    public Integer call() {
        return OfflineContext.run(this::bench);
    }

    private int bench(ConfigurableApplicationContext context) {
        Sources sources = context.getBean(Sources.class);
        if (!sources.all().isEmpty()) {
            System.err.println("error: bench-index needs an empty database (this one has sources); point JOINERY_DB_URL at an"
                    + " empty one, or JOINERY_DATA_DIR at a new folder for H2");
            return 1;
        }
        LinkageRuns runs = context.getBean(LinkageRuns.class);
        IndexQuality quality = context.getBean(IndexQuality.class);
        try {
            Path heldBack = importExtracts(context);
            RunResult first = runs.linkAll(actor, BenchIndexCommand::progress);
            print("full link: %,d records into %,d persons in %.1f s (%s)", first.records(), first.persons(),
                    first.millis() / 1e3, first.summary());
            System.out.print(quality.against(actor, borough.resolve("truth/records.csv")).toText());
            Set<String> before = quality.livingJoineryIds(actor);
            RunResult second = runs.linkAll(actor, BenchIndexCommand::progress);
            stability("second full run", before, quality.livingJoineryIds(actor), second);
            if (heldBack != null) {
                // a running Joinery has rebuilt the index in the background long before the next batch lands
                long start = System.nanoTime();
                int held = context.getBean(ResidentIndex.class).rebuild();
                print("resident index built: %,d records in %.1f s", held, (System.nanoTime() - start) / 1e9);
                linkHeldBack(context, runs, heldBack);
            }
            if (!noRetrain) {
                ModelVersions models = context.getBean(ModelVersions.class);
                long start = System.nanoTime();
                int version = models.train(actor, false, true).version();
                print("retrained the model (EM): version %d in %.1f s", version, (System.nanoTime() - start) / 1e9);
                Set<String> beforeRetrain = quality.livingJoineryIds(actor);
                RunResult third = runs.linkAll(actor, BenchIndexCommand::progress);
                stability("full run after retraining", beforeRetrain, quality.livingJoineryIds(actor), third);
                System.out.print(quality.against(actor, borough.resolve("truth/records.csv")).toText());
            }
            return 0;
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Registers the eight sources and imports their extracts; returns the full extract held back in part, if any. */
    private Path importExtracts(ConfigurableApplicationContext context) throws IOException {
        Organisation organisation = context.getBean(Organisations.class)
                .create("Bench borough partnership", OrganisationType.COUNCIL_SERVICE, false);
        SourceRegistration registration = context.getBean(SourceRegistration.class);
        SourceImports imports = context.getBean(SourceImports.class);
        Path largest = null;
        long largestSize = -1;
        for (String name : SOURCES) {
            Path file = borough.resolve("extracts").resolve(name + ".csv");
            if (Files.size(file) > largestSize) {
                largest = file;
                largestSize = Files.size(file);
            }
        }
        long rows = 0;
        long start = System.nanoTime();
        Path heldBack = null;
        for (String name : SOURCES) {
            String mapping = resource(MAPPINGS + name + ".mapping.json");
            registration.register(actor, new NewSource(name, "Demo borough " + name, organisation.id(),
                    "UK GDPR Article 6(1)(e) public task", "Data team, " + name, false, mapping, null, null, List.of()));
            Path file = borough.resolve("extracts").resolve(name + ".csv");
            if (file.equals(largest) && incremental > 0) {
                heldBack = file;
                file = withoutLastRows(file, incremental);
            }
            ImportOutcome outcome = imports.importCsv(actor, name, file);
            if (outcome.status() != ImportOutcome.Status.LANDED) {
                throw new IOException(name + ": the extract did not land (" + outcome.status() + ", " + outcome.errorCount()
                        + " errors)");
            }
            rows += outcome.rows();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        print("imported %,d rows from %d extracts in %.1f s (%,.0f rows per second)%s", rows, SOURCES.size(), seconds,
                rows / seconds, heldBack == null ? "" : String.format(Locale.ROOT, "; %,d rows of %s held back", incremental,
                        heldBack.getFileName()));
        return heldBack;
    }

    private void linkHeldBack(ConfigurableApplicationContext context, LinkageRuns runs, Path full) {
        String name = full.getFileName().toString().replace(".csv", "");
        ImportOutcome outcome = context.getBean(SourceImports.class).importCsv(actor, name, full);
        runs.awaitIdle(); // the batch landing starts an incremental run on the background thread
        LinkRun run = runs.newest(actor, 1).get(0).run();
        double seconds = java.time.Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1e3;
        print("incremental link of %,d new records (batch of %s) into %,d: %s in %.1f s (%s)", outcome.added(), name,
                run.persons() == null ? 0 : run.persons(), run.status(), seconds, run.summary());
    }

    private static void stability(String label, Set<String> before, Set<String> after, RunResult run) {
        Set<String> kept = new HashSet<>(before);
        kept.retainAll(after);
        print("%s in %.1f s: %,d of %,d persons kept their Joinery ID (%.4f); %,d persons now", label, run.millis() / 1e3,
                kept.size(), before.size(), before.isEmpty() ? 1.0 : kept.size() / (double) before.size(), after.size());
    }

    private static Path withoutLastRows(Path file, int rows) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() <= rows + 1) {
            throw new IOException(file + " has too few rows to hold back " + rows);
        }
        Path part = Files.createTempFile("bench-index-", "-" + file.getFileName());
        part.toFile().deleteOnExit();
        Files.write(part, new ArrayList<>(lines.subList(0, lines.size() - rows)), StandardCharsets.UTF_8);
        return part;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BenchIndexCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void progress(String message) {
        System.err.printf(Locale.ROOT, "[%tT] %s%n", System.currentTimeMillis(), message);
    }

    private static void print(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
    }
}
