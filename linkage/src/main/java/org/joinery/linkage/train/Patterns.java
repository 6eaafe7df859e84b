package org.joinery.linkage.train;

/** Packs the levels of all comparisons into one long and back (mixed radix, one digit per comparison). */
final class Patterns {

    private final int[] radix;

    Patterns(int[] levelsPerComparison) {
        this.radix = levelsPerComparison.clone();
    }

    long pack(int[] levels) {
        long pattern = 0;
        for (int c = 0; c < radix.length; c++) {
            pattern = pattern * radix[c] + levels[c];
        }
        return pattern;
    }

    int[] unpack(long pattern) {
        int[] levels = new int[radix.length];
        for (int c = radix.length - 1; c >= 0; c--) {
            levels[c] = (int) (pattern % radix[c]);
            pattern /= radix[c];
        }
        return levels;
    }
}
