package org.joinery.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.joinery.synth.Borough;
import org.joinery.synth.BoroughOptions;
import org.joinery.synth.BoroughProgress;
import org.joinery.synth.InvalidBoroughOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Generate a synthetic demo borough: one CSV extract per source, a separate truth file, summary figures"
                + " and a manifest. The same seed and options always give byte-identical files.")
class SynthCommand implements Callable<Integer> {

    @Option(names = "--residents", defaultValue = "20000", description = "Number of residents (default ${DEFAULT-VALUE}).")
    long residents;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Folder to write the borough to; must be new or empty.")
    Path out;

    @Option(names = "--sources", split = ",", paramLabel = "SOURCE",
            description = "Only these sources (default all): housing-options, revenues-benefits, adult-social-care, drug-alcohol-service,"
                    + " probation, mental-health-trust, domestic-abuse-service, employment-support.")
    List<String> sources;

    @Option(names = "--error-rate", paramLabel = "TYPE=RATE", mapFallbackValue = "",
            description = "Set one error type's rate (0 to 1) in every source, e.g. --error-rate typo=0.05. Types: typo, phonetic,"
                    + " nickname, name-swap, hyphenated-surname, old-surname, day-month-swap, default-date, stale-address,"
                    + " postcode-typo, missing-field, duplicate.")
    Map<String, String> errorRates = new LinkedHashMap<>();

    @Option(names = "--force", description = "Replace a borough generated in --out before.")
    boolean force;

    @Option(names = "--stats", description = "Print time, rows per second and peak heap at the end.")
    boolean stats;

    @Override
    public Integer call() throws Exception {
        BoroughOptions options;
        Borough.Result result;
        long started = System.nanoTime();
        try {
            options = BoroughOptions.parse(residents, seed, sources, errorRates);
            result = Borough.generate(options, out, (done, total, rows, elapsed) ->
                    System.err.println(BoroughProgress.describe(done, total, rows, elapsed)), force);
        } catch (InvalidBoroughOptions e) {
            System.err.println(e.getMessage());
            return 2;
        }
        long elapsed = System.nanoTime() - started;
        System.out.printf("Generated %,d residents in %,d households, %,d extract rows from %d sources, into %s%n",
                options.residents(), result.households(), result.rows(), options.sources().size(), result.folder());
        if (stats) {
            System.out.println("Time: " + BoroughProgress.describe(options.residents(), options.residents(), result.rows(), elapsed));
            System.out.printf("Peak heap used: %,d MiB (sum of heap pool peaks; maximum heap %,d MiB)%n",
                    peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
        return 0;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
