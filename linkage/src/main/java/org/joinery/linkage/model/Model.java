package org.joinery.linkage.model;

import java.util.List;

/**
 * A Fellegi–Sunter linkage model: comparisons with their m and u, the prior, and the blocking rules used to
 * train it and to predict with it. It is data: saved and loaded as versioned JSON by {@link ModelJson}.
 *
 * @param prior probability that two records drawn at random are the same person (NaN until estimated)
 * @param recall the share of true matches the deterministic rules are believed to find, for the prior
 * @param maxPairsPerRule a blocking rule generating more candidate pairs than this is refused
 * @param threshold match probability at or above which a pair is linked when clustering
 * @param seed seed of every random choice in training
 */
public record Model(double prior, List<Comparison> comparisons, List<BlockingRule> predictionRules,
                    List<BlockingRule> trainingRules, List<BlockingRule> deterministicRules, double recall,
                    long maxPairsPerRule, double threshold, long seed) {

    public static final int FORMAT_VERSION = 1;

    public Model {
        comparisons = List.copyOf(comparisons);
        predictionRules = List.copyOf(predictionRules);
        trainingRules = List.copyOf(trainingRules);
        deterministicRules = List.copyOf(deterministicRules);
    }

    public Model withComparisons(List<Comparison> newComparisons) {
        return new Model(prior, newComparisons, predictionRules, trainingRules, deterministicRules, recall,
                maxPairsPerRule, threshold, seed);
    }

    public Model withPrior(double newPrior) {
        return new Model(newPrior, comparisons, predictionRules, trainingRules, deterministicRules, recall,
                maxPairsPerRule, threshold, seed);
    }

    public Model withThreshold(double newThreshold) {
        return new Model(prior, comparisons, predictionRules, trainingRules, deterministicRules, recall,
                maxPairsPerRule, newThreshold, seed);
    }

    public Model withMaxPairsPerRule(long newMax) {
        return new Model(prior, comparisons, predictionRules, trainingRules, deterministicRules, recall,
                newMax, threshold, seed);
    }

    public boolean trained() {
        return !Double.isNaN(prior) && comparisons.stream().allMatch(Comparison::trained);
    }

    /** Log2 of the prior odds that a pair matches. */
    public double priorWeight() {
        return Level.log2(prior / (1 - prior));
    }
}
