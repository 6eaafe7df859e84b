package org.joinery.linking;

import java.util.Comparator;

/**
 * Two source records named by source and record key, the way decisions are kept: ids change when a
 * source is loaded again, names and keys do not. Always in one order, so either way round is one pair.
 */
public record PairKey(String leftSource, String leftRecordKey, String rightSource, String rightRecordKey) {

    private static final Comparator<String[]> ORDER = Comparator.<String[], String>comparing(k -> k[0])
            .thenComparing(k -> k[1]);

    /** The pair of these two records, in the one order. */
    public static PairKey of(String oneSource, String oneKey, String otherSource, String otherKey) {
        String[] one = {oneSource, oneKey};
        String[] other = {otherSource, otherKey};
        return ORDER.compare(one, other) <= 0
                ? new PairKey(oneSource, oneKey, otherSource, otherKey)
                : new PairKey(otherSource, otherKey, oneSource, oneKey);
    }
}
