package org.joinery.linkage.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.LinkageSession;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.data.SyntheticPeople;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code joinery bench}: the benchmarks live in their own module, with DuckDB, so neither is in the product
 * jar; the {@code joinery} script runs this command from the bench jar.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the linkage engine: end-to-end time, peak heap, scored pairs per second per core, "
                + "and the same blocking and scoring as SQL in DuckDB in the same run, with the ratio.")
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "MAPPING.json", description = "A source's mapping file; repeat for several.")
    List<Path> sources = List.of();

    @Option(names = "--data", paramLabel = "FOLDER",
            description = "The folder holding the sources' files (default: beside each mapping file).")
    Path data;

    @Option(names = "--synthetic", paramLabel = "N", description = "Generate N synthetic records instead of reading sources.")
    Integer synthetic;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the synthetic records.")
    long seed;

    @Option(names = "--no-duckdb", description = "Skip the DuckDB baseline.")
    boolean noDuckDb;

    @Option(names = "--front-door", paramLabel = "N",
            description = "Benchmark the front door instead: a live index of N synthetic records (0: of the --source "
                    + "files) and many timed searches, with p50, p95, p99 and max latency, build time and heap.")
    Integer frontDoor;

    @Option(names = "--queries", defaultValue = "50000", description = "Timed searches of the front-door benchmark.")
    int queries;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() {
        Consumer<String> progress = LinkageSession.timed(System.err::println);
        try {
            System.out.print(frontDoor != null ? frontDoor(progress) : linkage(progress));
            return 0;
        } catch (LinkageException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** The front-door benchmark: a live index of the sources' records, or of generated ones, and timed searches. */
    private String frontDoor(Consumer<String> progress) {
        if (frontDoor == 0 && sources.isEmpty()) {
            throw new LinkageException("give --source mapping files or a number of synthetic records");
        }
        Records records = frontDoor != 0 ? SyntheticPeople.generate(frontDoor, seed) : Linkage.load(sources, data);
        return FrontDoorBenchmark.run(records, Linkage.standardModel(records), queries, seed, progress).toText();
    }

    /** The linkage benchmark on the sources, or on generated records, with the DuckDB baseline unless told not to. */
    private String linkage(Consumer<String> progress) {
        if (synthetic == null && sources.isEmpty()) {
            throw new LinkageException("give --source mapping files or --synthetic N");
        }
        long start = System.nanoTime();
        Records records = synthetic != null ? SyntheticPeople.generate(synthetic, seed) : Linkage.load(sources, data);
        String read = String.format(Locale.ROOT, "%s %,d records in %.2f s (not counted below)%n",
                synthetic != null ? "generated" : "read", records.size(), (System.nanoTime() - start) / 1e9);
        return read + LinkageBenchmark.run(records, Linkage.standardModel(records), !noDuckDb, progress).toText();
    }
}
