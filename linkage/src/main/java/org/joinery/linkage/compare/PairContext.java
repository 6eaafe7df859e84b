package org.joinery.linkage.compare;

import java.util.Arrays;

/**
 * One thread's working memory for comparing pairs: Damerau-Levenshtein rows, and per comparison a small
 * direct-mapped cache from a pair of distinct values to the level they reach. Names and postcodes repeat
 * across pairs, so most pairs find their level in the cache instead of recomputing a string similarity.
 */
public final class PairContext {

    static final int CACHE_BITS = 16;

    final DamerauLevenshtein.Scratch scratch = new DamerauLevenshtein.Scratch();
    final long[][] keys;
    final byte[][] levels;

    public PairContext(int comparisons) {
        keys = new long[comparisons][1 << CACHE_BITS];
        levels = new byte[comparisons][1 << CACHE_BITS];
        for (long[] k : keys) {
            Arrays.fill(k, -1L);
        }
    }

    public DamerauLevenshtein.Scratch scratch() {
        return scratch;
    }
}
