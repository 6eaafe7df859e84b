package org.joinery.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.LinkageSession;
import org.joinery.linkage.backend.DuckDb;
import org.joinery.linkage.bench.LinkageBenchmark;
import org.joinery.linkage.bench.SyntheticPeople;
import org.joinery.linkage.data.Records;
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
            if (synthetic == null && sources.isEmpty()) {
                System.err.println("error: give --source mapping files or --synthetic N");
                return 2;
            }
            long start = System.nanoTime();
            Records records = synthetic != null ? SyntheticPeople.generate(synthetic, seed) : Linkage.load(sources, data);
            System.out.printf("%s %,d records in %.2f s (not counted below)%n", synthetic != null ? "generated" : "read",
                    records.size(), (System.nanoTime() - start) / 1e9);
            LinkageBenchmark.Report report = LinkageBenchmark.run(records, Linkage.standardModel(records),
                    noDuckDb ? null : DuckDb.defaultJar(), LinkageSession.progressTo(System.err));
            System.out.print(report.toText());
            return 0;
        });
    }
}
