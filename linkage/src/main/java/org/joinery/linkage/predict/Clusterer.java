package org.joinery.linkage.predict;

import java.util.Arrays;
import org.joinery.linkage.data.Records;

/**
 * Groups records into persons: connected components of the pairs at or above the threshold, with two guards.
 * Links are taken strongest first. A link that would put two records of one duplicate-free source in one
 * person is not made. A weak link (below {@code strongProbability}) is not made when the person already
 * holds {@code maxWeakLinks} weak links, so a chain of weak links cannot join many people into one.
 */
public final class Clusterer {

    private final double threshold;
    private final double strongProbability;
    private final int maxWeakLinks;

    public Clusterer(double threshold, double strongProbability, int maxWeakLinks) {
        this.threshold = threshold;
        this.strongProbability = strongProbability;
        this.maxWeakLinks = maxWeakLinks;
    }

    /** The person of each record: the lowest record index in its cluster. */
    public int[] cluster(ScoredPairs pairs, Records records) {
        int n = records.size();
        int[] parent = new int[n];
        int[] weakLinks = new int[n];
        long[][] freeSources = new long[n][];
        int sourceWords = (records.sources().size() + 63) / 64;
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            int s = records.source()[i];
            if (records.sources().get(s).duplicateFree()) {
                freeSources[i] = new long[sourceWords];
                freeSources[i][s >>> 6] |= 1L << s;
            }
        }
        double thresholdWeight = Scorer.weightOf(threshold);
        double strongWeight = Scorer.weightOf(strongProbability);
        int[] order = linksStrongestFirst(pairs, thresholdWeight);
        for (int pair : order) {
            int a = find(parent, pairs.left(pair));
            int b = find(parent, pairs.right(pair));
            if (a == b || overlap(freeSources[a], freeSources[b])) {
                continue;
            }
            boolean weak = pairs.weight(pair) < strongWeight;
            int weak2 = weakLinks[a] + weakLinks[b] + (weak ? 1 : 0);
            if (weak && weak2 > maxWeakLinks) {
                continue;
            }
            int root = Math.min(a, b);
            int child = Math.max(a, b);
            parent[child] = root;
            weakLinks[root] = weak2;
            freeSources[root] = union(freeSources[a], freeSources[b]);
        }
        int[] person = new int[n];
        for (int i = 0; i < n; i++) {
            person[i] = find(parent, i);
        }
        return person;
    }

    private static int[] linksStrongestFirst(ScoredPairs pairs, double thresholdWeight) {
        int count = 0;
        long[] keyed = new long[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            if (pairs.weight(p) >= thresholdWeight) {
                // Sort key: the float's bits ordered descending, then the pair index for a stable order.
                int bits = Float.floatToIntBits((float) pairs.weight(p));
                int ordered = bits >= 0 ? bits : bits ^ 0x7fffffff;
                keyed[count++] = ((long) ~ordered << 32) | p;
            }
        }
        long[] links = Arrays.copyOf(keyed, count);
        Arrays.sort(links);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) links[i];
        }
        return order;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static boolean overlap(long[] a, long[] b) {
        if (a == null || b == null) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    private static long[] union(long[] a, long[] b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        long[] result = a.clone();
        for (int i = 0; i < a.length; i++) {
            result[i] |= b[i];
        }
        return result;
    }
}
