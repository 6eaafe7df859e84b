package org.joinery.linkage.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {

    // Level 0 is the null level in every comparison, never drawn here.
    private static final double[][] M = {{0, 0.9, 0.07, 0.03}, {0, 0.85, 0.15}, {0, 0.7, 0.2, 0.1}};
    private static final double[][] U = {{0, 0.01, 0.05, 0.94}, {0, 0.02, 0.98}, {0, 0.05, 0.15, 0.8}};
    private static final double LAMBDA = 0.1;

    @Test
    void emRecoversKnownMProbabilitiesAndTheShareOfMatchesFromSimulatedPairs() {
        SplittableRandom random = new SplittableRandom(7);
        Patterns patterns = new Patterns(new int[] {4, 3, 4});
        PatternCounts counts = new PatternCounts();
        int[] levels = new int[3];
        for (int pair = 0; pair < 400_000; pair++) {
            boolean match = random.nextDouble() < LAMBDA;
            for (int c = 0; c < 3; c++) {
                levels[c] = draw(random, match ? M[c] : U[c]);
            }
            counts.add(patterns.pack(levels), 1);
        }
        ExpectationMaximisation.Estimate estimate = ExpectationMaximisation.run(counts, patterns, U,
                new boolean[] {true, true, true}, 0.3);

        assertThat(estimate.lambda()).isCloseTo(LAMBDA, within(0.01));
        for (int c = 0; c < 3; c++) {
            for (int l = 1; l < M[c].length; l++) {
                assertThat(estimate.m()[c][l]).as("m of comparison %d level %d", c, l).isCloseTo(M[c][l], within(0.02));
            }
        }
    }

    @Test
    void aComparisonFixedByBlockingKeepsItsStartingM() {
        int[][] patternLevels = {{1, 1}, {2, 2}, {1, 2}};
        long[] n = {100, 900, 50};
        double[][] u = {{0, 0.1, 0.9}, {0, 0.1, 0.9}};
        double[][] initial = {{0, 0.6, 0.4}, {0, 0.6, 0.4}};

        ExpectationMaximisation.Estimate estimate = ExpectationMaximisation.run(patternLevels, n, u, initial,
                new boolean[] {false, true}, 0.3);

        assertThat(estimate.m()[0]).containsExactly(0, 0.6, 0.4);
        assertThat(estimate.m()[1][1]).isNotEqualTo(0.6);
    }

    @Test
    void patternsPackAndUnpackEveryCombinationOfLevels() {
        Patterns patterns = new Patterns(new int[] {3, 7, 2});
        int[] levels = {2, 6, 1};
        assertThat(patterns.unpack(patterns.pack(levels))).containsExactly(2, 6, 1);
    }

    private static int draw(SplittableRandom random, double[] probabilities) {
        double roll = random.nextDouble();
        for (int l = 1; l < probabilities.length; l++) {
            roll -= probabilities[l];
            if (roll < 0) {
                return l;
            }
        }
        return probabilities.length - 1;
    }
}
