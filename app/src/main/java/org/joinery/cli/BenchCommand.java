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

    @Override
    public Integer call() {
        return LinkageOptions.run(() -> {
            System.out.print(LinkageSession.benchmark(sources, data, synthetic, seed, !noDuckDb,
                    LinkageSession.progressTo(System.err)));
            return 0;
        });
    }
}
