package org.joinery.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.joinery.linkage.LinkageSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

    @Override
    public Integer call() {
        return LinkageOptions.run(() -> {
            if (frontDoor != null) {
                System.out.print(LinkageSession.frontDoorBenchmark(sources, data, frontDoor == 0 ? null : frontDoor, seed,
                        queries, LinkageSession.progressTo(System.err)));
                return 0;
            }
            System.out.print(LinkageSession.benchmark(sources, data, synthetic, seed, !noDuckDb,
                    LinkageSession.progressTo(System.err)));
            return 0;
        });
    }
}
