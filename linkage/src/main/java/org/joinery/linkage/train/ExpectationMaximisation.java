package org.joinery.linkage.train;

/**
 * Estimates m-probabilities (and the share of matches, lambda) by expectation maximisation over counts of
 * comparison-vector patterns, with u held fixed. Level 0 of every comparison is the null level: it carries no
 * evidence and is left out. Comparisons not {@code active} (fixed by the blocking rule of this pass) are left
 * out of the likelihood and keep their m.
 */
final class ExpectationMaximisation {

    static final int MAX_ITERATIONS = 250;
    static final double TOLERANCE = 1e-6;
    private static final double FLOOR = 1e-9;

    /** The result: m per comparison and level, and lambda. */
    record Estimate(double[][] m, double lambda, int iterations, int patterns) {
    }

    private ExpectationMaximisation() {
    }

    /** Runs on counted patterns, in ascending pattern order so the result is deterministic. */
    static Estimate run(PatternCounts counted, Patterns packing, double[][] u, boolean[] active, double lambda) {
        long[] keys = counted.patterns();
        int[][] levels = new int[keys.length][];
        long[] counts = new long[keys.length];
        for (int p = 0; p < keys.length; p++) {
            levels[p] = packing.unpack(keys[p]);
            counts[p] = counted.count(keys[p]);
        }
        double[][] initial = new double[u.length][];
        for (int c = 0; c < u.length; c++) {
            initial[c] = initialM(u[c].length);
        }
        return run(levels, counts, u, initial, active, lambda);
    }

    static Estimate run(int[][] patterns, long[] counts, double[][] u, double[][] initialM, boolean[] active, double lambda) {
        int comparisons = u.length;
        double[][] m = new double[comparisons][];
        for (int c = 0; c < comparisons; c++) {
            m[c] = initialM[c].clone();
        }
        double[][] logRatio = new double[comparisons][];
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            for (int c = 0; c < comparisons; c++) {
                logRatio[c] = new double[m[c].length];
                for (int l = 1; l < m[c].length; l++) {
                    logRatio[c][l] = Math.log(m[c][l]) - Math.log(u[c][l]);
                }
            }
            double[][] expected = new double[comparisons][];
            for (int c = 0; c < comparisons; c++) {
                expected[c] = new double[m[c].length];
            }
            double priorLogit = Math.log(lambda / (1 - lambda));
            double matches = 0;
            double total = 0;
            for (int p = 0; p < patterns.length; p++) {
                double logit = priorLogit;
                int[] levels = patterns[p];
                for (int c = 0; c < comparisons; c++) {
                    if (active[c]) {
                        logit += logRatio[c][levels[c]];
                    }
                }
                double posterior = 1 / (1 + Math.exp(-logit));
                double weighted = posterior * counts[p];
                matches += weighted;
                total += counts[p];
                for (int c = 0; c < comparisons; c++) {
                    expected[c][levels[c]] += weighted;
                }
            }
            double change = Math.abs(matches / total - lambda);
            lambda = Math.min(1 - FLOOR, Math.max(FLOOR, matches / total));
            for (int c = 0; c < comparisons; c++) {
                if (!active[c]) {
                    continue;
                }
                double sum = 0;
                for (int l = 1; l < expected[c].length; l++) {
                    sum += expected[c][l];
                }
                for (int l = 1; l < expected[c].length; l++) {
                    double next = sum == 0 ? m[c][l] : Math.max(FLOOR, expected[c][l] / sum);
                    change = Math.max(change, Math.abs(next - m[c][l]));
                    m[c][l] = next;
                }
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return new Estimate(m, lambda, iteration, patterns.length);
    }

    /** A starting point: the first non-null level most likely among matches, each later one a quarter as likely. */
    static double[] initialM(int levels) {
        double[] m = new double[levels];
        double sum = 0;
        for (int l = 1; l < levels; l++) {
            m[l] = Math.pow(0.25, l - 1);
            sum += m[l];
        }
        for (int l = 1; l < levels; l++) {
            m[l] /= sum;
        }
        return m;
    }
}
