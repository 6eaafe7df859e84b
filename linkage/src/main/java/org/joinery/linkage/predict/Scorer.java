package org.joinery.linkage.predict;

import java.util.List;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.compare.ComparisonEvaluator;
import org.joinery.linkage.compare.PairContext;
import org.joinery.linkage.compare.FeatureTable;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Level;
import org.joinery.linkage.model.Model;

/**
 * A trained model bound to a feature table: level weights as flat arrays, so scoring a pair is a few array
 * reads and additions per comparison.
 */
public final class Scorer {

    private final Model model;
    private final ComparisonEvaluator[] evaluators;
    private final double[][] weights;
    /** Per comparison and level, the log2 u a term-frequency adjustment replaces; NaN where none. */
    private final double[][] tfLog2U;
    private final float[][] tfLog2Frequency;
    private final double priorWeight;
    /** The raw value ID of every comparison's field, one row per record: one memory access per record. */
    private final int[] valueRows;

    public Scorer(Model model, FeatureTable table) {
        if (!model.trained()) {
            throw new LinkageException("the model is not trained yet: train it (joinery link trains an untrained model) "
                    + "before predicting");
        }
        this.model = model;
        this.evaluators = evaluators(model.comparisons(), table);
        int n = evaluators.length;
        LevelWeights levelWeights = LevelWeights.of(model);
        this.weights = levelWeights.weights();
        this.tfLog2U = levelWeights.tfLog2U();
        this.tfLog2Frequency = new float[n][];
        for (int c = 0; c < n; c++) {
            if (java.util.Arrays.stream(tfLog2U[c]).anyMatch(t -> !Double.isNaN(t))) {
                tfLog2Frequency[c] = evaluators[c].column().log2Frequency;
            }
        }
        this.priorWeight = model.priorWeight();
        this.valueRows = new int[table.size() * n];
        for (int c = 0; c < n; c++) {
            int[] raw = evaluators[c].column().rawId;
            for (int i = 0; i < raw.length; i++) {
                valueRows[i * n + c] = raw[i];
            }
        }
    }

    public static ComparisonEvaluator[] evaluators(List<Comparison> comparisons, FeatureTable table) {
        return evaluators(comparisons, table, true);
    }

    /** @param otherUnknown false for training, which estimates only the model's own levels */
    public static ComparisonEvaluator[] evaluators(List<Comparison> comparisons, FeatureTable table, boolean otherUnknown) {
        ComparisonEvaluator[] evaluators = new ComparisonEvaluator[comparisons.size()];
        for (int c = 0; c < evaluators.length; c++) {
            evaluators[c] = new ComparisonEvaluator(comparisons.get(c), table, c, true, otherUnknown);
        }
        return evaluators;
    }

    public Model model() {
        return model;
    }

    public int comparisons() {
        return evaluators.length;
    }

    /**
     * Working memory for {@link #levels}: with the level caches only where a comparison uses one, since they
     * take 600 KB each to make, which a pair or two (an explanation) never pays back.
     */
    public PairContext context() {
        for (ComparisonEvaluator evaluator : evaluators) {
            if (evaluator.cached()) {
                return new PairContext(evaluators.length);
            }
        }
        return PairContext.withoutCache();
    }

    /** The match weight (log2 odds) of a pair. */
    public double score(int a, int b, PairContext context) {
        double total = priorWeight;
        int n = evaluators.length;
        int rowA = a * n;
        int rowB = b * n;
        for (int c = 0; c < n; c++) {
            int x = valueRows[rowA + c];
            int y = valueRows[rowB + c];
            int level = evaluators[c].level(a, b, x, y, context);
            total += weights[c][level];
            double log2U = tfLog2U[c][level];
            if (log2U == log2U) {
                // One raw value has one frequency: the second record's need not be fetched from memory.
                total += x == y ? log2U - tfLog2Frequency[c][a] : termFrequencyAdjustment(c, level, a, b);
            }
        }
        return total;
    }

    /** The level of each comparison, into {@code out}. */
    public void levels(int a, int b, PairContext context, int[] out) {
        for (int c = 0; c < evaluators.length; c++) {
            out[c] = evaluators[c].level(a, b, context);
        }
    }

    /**
     * Agreeing on a rare value is stronger evidence than agreeing on a common one: the level's u is replaced by
     * the value's frequency (the larger of the two records'), as a weight added to the level's.
     */
    public double termFrequencyAdjustment(int comparison, int level, int a, int b) {
        if (!LevelWeights.adjusted(tfLog2U, comparison, level)) {
            return 0;
        }
        float[] frequency = tfLog2Frequency[comparison];
        return tfLog2U[comparison][level] - Math.max(frequency[a], frequency[b]);
    }

    public double weight(int comparison, int level) {
        return weights[comparison][level];
    }

    public double priorWeight() {
        return priorWeight;
    }

    public static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    public static double weightOf(double probability) {
        return Level.log2(probability / (1 - probability));
    }
}
