package org.joinery.linkage.compare;

/**
 * Cheap bounds on string similarity from the sets of characters two values hold, so most dissimilar pairs
 * are ruled out of a Jaro-Winkler or Damerau-Levenshtein level without computing it. Characters share bits
 * modulo 64; sharing only loosens the bounds, it never makes them wrong.
 */
public final class Similarity {

    private Similarity() {
    }

    public static long characterSet(char[] value) {
        long set = 0;
        if (value != null) {
            for (char c : value) {
                set |= 1L << (c & 63);
            }
        }
        return set;
    }

    /**
     * An upper bound on Jaro-Winkler similarity. A matched character of one string has a character the other
     * string holds, so matches are at most the shared distinct characters plus the repeats in either string.
     */
    public static double jaroWinklerAtMost(int lengthA, long setA, int lengthB, long setB) {
        int shared = Long.bitCount(setA & setB);
        int matches = Math.min(shared + lengthA - Long.bitCount(setA), shared + lengthB - Long.bitCount(setB));
        matches = Math.min(matches, Math.min(lengthA, lengthB));
        if (matches <= 0) {
            return 0;
        }
        double jaro = ((double) matches / lengthA + (double) matches / lengthB + 1) / 3;
        return jaro + 0.4 * (1 - jaro);
    }

    /** A lower bound on edit distance: every distinct character one string has and the other lacks needs an edit. */
    public static int editsAtLeast(long setA, long setB) {
        return Math.max(Long.bitCount(setA & ~setB), Long.bitCount(setB & ~setA));
    }
}
