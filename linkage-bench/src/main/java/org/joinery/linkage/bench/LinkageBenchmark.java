package org.joinery.linkage.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.backend.ColumnarBackend;
import org.joinery.linkage.backend.DuckDb;
import org.joinery.linkage.backend.DuckDbBackend;
import org.joinery.linkage.backend.LinkageBackend;
import org.joinery.linkage.compare.FeatureTable;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.evaluate.Evaluation;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.predict.Clusterer;
import org.joinery.linkage.predict.ScoredPairs;
import org.joinery.linkage.predict.Workers;

/**
 * The linkage benchmark: links the records end to end (features, training, prediction, clustering) timing each
 * stage and the peak heap, scores the candidate pairs again once the code is warm, then has the DuckDB
 * baseline block and score the same pairs with the same model, and reports the ratio.
 */
public final class LinkageBenchmark {

    /** What was measured. Times in seconds. */
    public record Report(int records, int threads, double featuresSeconds, double trainSeconds, double predictSeconds,
                         double clusterSeconds, double endToEndSeconds, long peakHeapBytes, long candidatePairs,
                         long scoredPairs, long keptPairs, double warmScoringSeconds, double warmPairsPerCpuSecond,
                         double warmPairsPerSecondPerThread, Double duckDbSeconds, Long duckDbScored, Long duckDbKept,
                         String duckDbVersion, Evaluation.Scores pairwise, Evaluation.Scores clusters) {

        public Double duckDbRatio() {
            return duckDbSeconds == null ? null : duckDbSeconds / warmScoringSeconds;
        }

        public String toText() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "records                          %,d%n", records));
            text.append(String.format(Locale.ROOT, "threads                          %d%n", threads));
            text.append(String.format(Locale.ROOT, "end to end (features, train, predict, cluster)  %.2f s%n", endToEndSeconds));
            text.append(String.format(Locale.ROOT, "  features %.2f s, train %.2f s, predict %.2f s, cluster %.2f s%n",
                    featuresSeconds, trainSeconds, predictSeconds, clusterSeconds));
            text.append(String.format(Locale.ROOT, "peak heap                        %,.0f MiB%n", peakHeapBytes / 1048576.0));
            text.append(String.format(Locale.ROOT, "candidate pairs scored           %,d (kept %,d)%n", scoredPairs, keptPairs));
            text.append(String.format(Locale.ROOT, "warm scoring                     %.3f s%n", warmScoringSeconds));
            text.append(String.format(Locale.ROOT, "scored pairs/s/core (CPU time)   %,.0f%n", warmPairsPerCpuSecond));
            text.append(String.format(Locale.ROOT, "scored pairs/s/thread (wall)     %,.0f%n", warmPairsPerSecondPerThread));
            if (duckDbSeconds != null) {
                text.append(String.format(Locale.ROOT, "DuckDB %s same blocking and scoring  %.3f s (scored %,d, kept %,d)%n",
                        duckDbVersion, duckDbSeconds, duckDbScored, duckDbKept));
                text.append(String.format(Locale.ROOT, "Joinery is %.1fx faster than the DuckDB baseline%n", duckDbRatio()));
            }
            if (pairwise != null) {
                text.append(String.format(Locale.ROOT, "pairwise precision %.4f recall %.4f F1 %.4f; clusters F1 %.4f%n",
                        pairwise.precision(), pairwise.recall(), pairwise.f1(), clusters.f1()));
            }
            return text.toString();
        }
    }

    private LinkageBenchmark() {
    }

    /**
     * @param duckDb whether to run the DuckDB baseline too
     */
    public static Report run(Records records, Model settings, boolean duckDb, Consumer<String> progress) {
        resetPeaks();
        long start = System.nanoTime();
        Linkage linkage = new Linkage(records, settings, progress);
        Model narrowed = linkage.narrowBlocking(settings);
        long featured = System.nanoTime();
        Model model = linkage.train(narrowed);
        long trained = System.nanoTime();
        ScoredPairs pairs = linkage.predict(model);
        long predicted = System.nanoTime();
        int[] clusters = linkage.cluster(pairs, new Clusterer(model.threshold(), 0.99, Integer.MAX_VALUE));
        long clustered = System.nanoTime();
        long peakHeap = peakHeap();
        progress.accept(String.format(Locale.ROOT, "linked end to end in %.2f s", (clustered - start) / 1e9));

        FeatureTable table = linkage.featureTable();
        LinkageBackend.Result warm;
        long candidates;
        try (ColumnarBackend columnar = new ColumnarBackend(table)) {
            candidates = sum(columnar.candidatePairs(model.predictionRules()));
            warm = columnar.score(model, Linkage.KEEP_WEIGHT);
        }
        Double duckSeconds = null;
        Long duckScored = null;
        Long duckKept = null;
        if (duckDb) {
            progress.accept("loading the records' features into DuckDB");
            try (DuckDbBackend duck = new DuckDbBackend(DuckDb.connect(), table, Linkage.fieldsUsed(model))) {
                progress.accept(String.format(Locale.ROOT, "loaded in %.2f s; DuckDB blocking and scoring", duck.loadNanos() / 1e9));
                LinkageBackend.Result result = duck.score(model, Linkage.KEEP_WEIGHT);
                duckSeconds = result.wallNanos() / 1e9;
                duckScored = result.scored();
                duckKept = result.kept();
            }
        }
        Evaluation.Scores pairwise = null;
        Evaluation.Scores clusterScores = null;
        if (records.truth() != null) {
            Evaluation.Report evaluation = linkage.evaluate(pairs, clusters, model.threshold(), 0);
            pairwise = evaluation.pairwise();
            clusterScores = evaluation.clusterPairwise();
        }
        return new Report(records.size(), Workers.threads(), (featured - start) / 1e9, (trained - featured) / 1e9,
                (predicted - trained) / 1e9, (clustered - predicted) / 1e9, (clustered - start) / 1e9, peakHeap,
                candidates, pairs.scored(), pairs.size(), warm.wallNanos() / 1e9, warm.scored() / (warm.cpuNanos() / 1e9),
                warm.scored() / (warm.wallNanos() / 1e9) / warm.threads(), duckSeconds, duckScored, duckKept,
                DuckDb.version(), pairwise, clusterScores);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        return pools;
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
