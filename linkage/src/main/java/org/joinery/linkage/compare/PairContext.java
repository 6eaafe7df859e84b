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
        this(comparisons, 1 << CACHE_BITS);
    }

    private PairContext(int comparisons, int cacheSlots) {
        keys = new long[comparisons][cacheSlots];
        levels = new byte[comparisons][cacheSlots];
        for (long[] k : keys) {
            Arrays.fill(k, -1L);
        }
    }

    /**
     * For evaluators built without a level cache (a live index, whose values change): just the working
     * memory, not the 600 KB of cache per comparison.
     */
    public static PairContext withoutCache() {
        return new PairContext(0, 0);
    }

    public DamerauLevenshtein.Scratch scratch() {
        return scratch;
    }
}
