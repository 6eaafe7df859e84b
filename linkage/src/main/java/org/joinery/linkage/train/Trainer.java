package org.joinery.linkage.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.compare.ComparisonEvaluator;
import org.joinery.linkage.compare.PairContext;
import org.joinery.linkage.compare.FeatureTable;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.BlockingRule;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Level;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.predict.Blocker;
import org.joinery.linkage.predict.Scorer;
import org.joinery.linkage.predict.Workers;

/**
 * Trains a model on the records it will link: u by seeded random sampling with early stopping, the prior from
 * deterministic rules (or as given), and m by EM in passes blocked by the training rules, or from labelled
 * pairs when there are any. Every reduction is over integer counts in a fixed order, so the same data and
 * seed give the same model, byte for byte.
 */
public final class Trainer {

    static final int CHUNK_PAIRS = 25_000;
    static final int CHUNKS_PER_ROUND = 8;
    static final long MIN_U_PAIRS = 400_000;
    static final long MAX_U_PAIRS = 2_000_000;
    static final double U_TOLERANCE = 5e-4;
    /** EM needs pattern shares, not every pair: a pass over more candidate pairs than this uses an even sample. */
    static final long MAX_EM_PAIRS = 2_000_000;

    private final FeatureTable table;
    private final Consumer<String> progress;
    private final ComparisonEvaluator[] evaluators;
    private final Patterns patterns;

    public Trainer(Model settings, FeatureTable table, Consumer<String> progress) {
        this.table = table;
        this.progress = progress;
        this.evaluators = Scorer.evaluators(settings.comparisons(), table, false);
        this.patterns = new Patterns(settings.comparisons().stream().mapToInt(c -> c.levels().size()).toArray());
    }

    /** Trains by EM. */
    public Model train(Model settings) {
        return train(settings, null);
    }

    /**
     * Trains, estimating m from {@code labelledMatches} (pairs of record indices known to be the same person)
     * when given, otherwise by EM.
     */
    public Model train(Model settings, int[][] labelledMatches) {
        long start = System.nanoTime();
        double[][] u = estimateU(settings.seed());
        progress.accept(String.format("u took %.2f s", (System.nanoTime() - start) / 1e9));
        double prior = settings.deterministicRules().isEmpty() ? settings.prior() : estimatePrior(settings);
        if (Double.isNaN(prior)) {
            throw new LinkageException("the model has no prior (probabilityTwoRandomRecordsMatch) and no deterministic "
                    + "blocking rules to estimate one from; give either");
        }
        double[][] m = labelledMatches == null ? estimateMByExpectationMaximisation(settings, u, prior)
                : estimateMFromLabels(labelledMatches);
        List<Comparison> trained = new ArrayList<>();
        for (int c = 0; c < evaluators.length; c++) {
            Comparison comparison = settings.comparisons().get(c);
            List<Level> levels = new ArrayList<>();
            levels.add(comparison.levels().get(0));
            for (int l = 1; l < comparison.levels().size(); l++) {
                levels.add(comparison.levels().get(l).withProbabilities(round(m[c][l]), round(u[c][l])));
            }
            trained.add(comparison.withLevels(levels));
        }
        return settings.withComparisons(trained).withPrior(round(prior));
    }

    /** Twelve significant digits: plenty for weights, and stable text in the model file. */
    private static double round(double value) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", value));
    }

    double[][] estimateU(long seed) {
        Records records = table.records();
        int n = records.size();
        if (n < 2) {
            throw new LinkageException("training needs at least two records");
        }
        long[][] counts = newCounts();
        double[][] u = null;
        long sampled = 0;
        int round = 0;
        long allPairs = totalPairs();
        long limit = Math.min(MAX_U_PAIRS, Math.max(MIN_U_PAIRS, allPairs));
        while (sampled < limit) {
            int firstChunk = round * CHUNKS_PER_ROUND;
            List<USampler> samplers = Workers.run(CHUNKS_PER_ROUND, t -> new USampler(seed, firstChunk));
            for (USampler sampler : samplers) {
                for (int c = 0; c < counts.length; c++) {
                    for (int l = 0; l < counts[c].length; l++) {
                        counts[c][l] += sampler.counts[c][l];
                    }
                }
            }
            sampled += (long) CHUNK_PAIRS * CHUNKS_PER_ROUND;
            round++;
            double[][] next = probabilities(counts);
            if (u != null && sampled >= MIN_U_PAIRS && maxChange(u, next) < U_TOLERANCE) {
                u = next;
                break;
            }
            u = next;
        }
        progress.accept(String.format("u estimated from %,d random pairs", sampled));
        return u;
    }

    private long[][] newCounts() {
        long[][] counts = new long[evaluators.length][];
        for (int c = 0; c < evaluators.length; c++) {
            counts[c] = new long[evaluators[c].levels()];
        }
        return counts;
    }

    /** Level shares among non-null levels, with add-one smoothing so no level has u = 0. */
    private static double[][] probabilities(long[][] counts) {
        double[][] result = new double[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            long total = 0;
            for (int l = 1; l < counts[c].length; l++) {
                total += counts[c][l];
            }
            result[c] = new double[counts[c].length];
            for (int l = 1; l < counts[c].length; l++) {
                result[c][l] = (counts[c][l] + 1.0) / (total + counts[c].length - 1.0);
            }
        }
        return result;
    }

    private static double maxChange(double[][] a, double[][] b) {
        double change = 0;
        for (int c = 0; c < a.length; c++) {
            for (int l = 1; l < a[c].length; l++) {
                change = Math.max(change, Math.abs(a[c][l] - b[c][l]));
            }
        }
        return change;
    }

    /** Samples one fixed chunk of random pairs per task; the chunk number fixes its random stream. */
    private final class USampler implements Workers.Worker {
        final long[][] counts = newCounts();
        private final long seed;
        private final int firstChunk;
        private final PairContext context = new PairContext(evaluators.length);

        USampler(long seed, int firstChunk) {
            this.seed = seed;
            this.firstChunk = firstChunk;
        }

        @Override
        public void run(int task) {
            Records records = table.records();
            int n = records.size();
            int[] source = records.source();
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + firstChunk + task);
            int drawn = 0;
            int attempts = 0;
            while (drawn < CHUNK_PAIRS && attempts < CHUNK_PAIRS * 100) {
                attempts++;
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a == b || (source[a] == source[b] && records.sources().get(source[a]).duplicateFree())) {
                    continue;
                }
                for (int c = 0; c < evaluators.length; c++) {
                    counts[c][evaluators[c].level(a, b, context)]++;
                }
                drawn++;
            }
            if (drawn < CHUNK_PAIRS) {
                throw new LinkageException("could not draw random pairs: every record is in one duplicate-free source");
            }
        }
    }

    /** Pairs that could be the same person: all pairs but those inside a duplicate-free source. */
    long totalPairs() {
        Records records = table.records();
        long n = records.size();
        long pairs = n * (n - 1) / 2;
        for (Records.SourceInfo info : records.sources()) {
            if (info.duplicateFree()) {
                pairs -= (long) info.rows() * (info.rows() - 1) / 2;
            }
        }
        return pairs;
    }

    double estimatePrior(Model settings) {
        Blocker blocker = new Blocker(table, settings.deterministicRules());
        blocker.checkAgainst(settings.maxPairsPerRule());
        long matched = blocker.forEachPair(-1, t -> new PairCounter()).stream().mapToLong(v -> v.pairs).sum();
        double prior = matched / settings.recall() / totalPairs();
        progress.accept(String.format("prior %.3g from %,d pairs matching the deterministic rules", prior, matched));
        if (matched == 0) {
            throw new LinkageException("no pair matches the deterministic rules, so the prior cannot be estimated; "
                    + "loosen the rules or give probabilityTwoRandomRecordsMatch");
        }
        return Math.min(prior, 0.5);
    }

    private static final class PairCounter implements Blocker.PairVisitor {
        long pairs;

        @Override
        public void visit(int a, int b, int rule) {
            pairs++;
        }
    }

    double[][] estimateMByExpectationMaximisation(Model settings, double[][] u, double prior) {
        if (settings.trainingRules().isEmpty()) {
            throw new LinkageException("the model has no training blocking rules for EM; add blocking.training rules");
        }
        int comparisons = evaluators.length;
        double[][] sum = new double[comparisons][];
        int[] passes = new int[comparisons];
        for (int c = 0; c < comparisons; c++) {
            sum[c] = new double[evaluators[c].levels()];
        }
        Blocker blocker = new Blocker(table, settings.trainingRules());
        long[] candidates = blocker.checkAgainst(settings.maxPairsPerRule());
        for (int r = 0; r < settings.trainingRules().size(); r++) {
            BlockingRule rule = settings.trainingRules().get(r);
            long passStart = System.nanoTime();
            boolean[] active = new boolean[comparisons];
            for (int c = 0; c < comparisons; c++) {
                Comparison comparison = settings.comparisons().get(c);
                active[c] = !rule.uses(comparison.field()) && comparison.secondFields().noneMatch(rule::uses);
            }
            PatternCounts counts = new PatternCounts();
            long stride = Math.max(1, (candidates[r] + MAX_EM_PAIRS - 1) / MAX_EM_PAIRS);
            blocker.forEachPair(r, t -> new PatternVisitor(stride)).forEach(v -> counts.addAll(v.counts));
            ExpectationMaximisation.Estimate estimate = ExpectationMaximisation.run(counts, patterns, u, active, 0.3);
            for (int c = 0; c < comparisons; c++) {
                if (active[c]) {
                    passes[c]++;
                    for (int l = 1; l < sum[c].length; l++) {
                        sum[c][l] += estimate.m()[c][l];
                    }
                }
            }
            progress.accept(String.format("EM pass blocked on '%s': %,d pairs%s, %,d patterns, %d iterations, %.2f s", rule,
                    candidates[r], stride > 1 ? " (1 in " + stride + " used)" : "", estimate.patterns(), estimate.iterations(),
                    (System.nanoTime() - passStart) / 1e9));
        }
        for (int c = 0; c < comparisons; c++) {
            if (passes[c] == 0) {
                Comparison comparison = settings.comparisons().get(c);
                throw new LinkageException("comparison '" + comparison.name() + "' is fixed by every training rule (each "
                        + "blocks on '" + comparison.field().jsonName() + "'); add a training rule that does not use it");
            }
            for (int l = 1; l < sum[c].length; l++) {
                sum[c][l] /= passes[c];
            }
        }
        return sum;
    }

    private final class PatternVisitor implements Blocker.PairVisitor {
        final PatternCounts counts = new PatternCounts();
        private final long stride;

        PatternVisitor(long stride) {
            this.stride = stride;
        }
        private final int[] levels = new int[evaluators.length];
        private final PairContext context = new PairContext(evaluators.length);

        @Override
        public void visit(int a, int b, int rule) {
            // A hash of the pair, not the visiting order, picks the sample, so it does not depend on threads.
            if (stride > 1 && Long.remainderUnsigned(mix(((long) a << 32) | b), stride) != 0) {
                return;
            }
            for (int c = 0; c < evaluators.length; c++) {
                levels[c] = evaluators[c].level(a, b, context);
            }
            counts.add(patterns.pack(levels), 1);
        }
    }

    private static long mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 31);
    }

    /** m as the level shares among known matches, with add-one smoothing. */
    double[][] estimateMFromLabels(int[][] matches) {
        if (matches.length == 0) {
            throw new LinkageException("there are no labelled matching pairs to estimate m from");
        }
        long[][] counts = newCounts();
        PairContext context = new PairContext(evaluators.length);
        for (int[] pair : matches) {
            for (int c = 0; c < evaluators.length; c++) {
                counts[c][evaluators[c].level(pair[0], pair[1], context)]++;
            }
        }
        progress.accept(String.format("m estimated from %,d labelled matching pairs", matches.length));
        return probabilities(counts);
    }
}
