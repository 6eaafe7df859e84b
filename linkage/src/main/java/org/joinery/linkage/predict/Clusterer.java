package org.joinery.linkage.predict;

import java.util.Arrays;
import org.joinery.linkage.data.Records;

/**
 * Groups records into persons: connected components of the pairs at or above the threshold, with two guards.
 * Links are taken strongest first. A link that would put two records of one duplicate-free source in one
 * person is not made. A weak link (below {@code strongProbability}) is not made when the person already
 * holds {@code maxWeakLinks} weak links, so a chain of weak links cannot join many people into one.
 *
 * <p>Clerical review decisions can be given as constraints: must-link pairs are joined before any scored link
 * (people said so), and no link, scored or must-link, joins two persons holding a cannot-link pair.
 *
 * <p>Records can be given as settled in persons already (an incremental run's unchanged records): those of one
 * settled person start as one, before anything else, and are never parted; the other records are then linked
 * to them and to each other by the same rules. With nothing settled this is a full run's clustering.
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
        return cluster(pairs, records, new int[0][], new int[0][]);
    }

    /**
     * As {@link #cluster(ScoredPairs, Records)}, with review decisions: each {@code mustLink} pair (two record
     * indexes) is joined first unless that would break a cannot-link or duplicate-free constraint, and no two
     * records of a {@code cannotLink} pair end in one person.
     */
    public int[] cluster(ScoredPairs pairs, Records records, int[][] mustLink, int[][] cannotLink) {
        return cluster(pairs, records, null, mustLink, cannotLink);
    }

    /**
     * As {@link #cluster(ScoredPairs, Records, int[][], int[][])}, with records settled in persons: {@code settled[i]}
     * is record i's person (any number of one's choosing) or negative when it is still to be linked; null settles
     * none. A settled person's weak links are not known here and count as none.
     */
    public int[] cluster(ScoredPairs pairs, Records records, int[] settled, int[][] mustLink, int[][] cannotLink) {
        int n = records.size();
        if (settled != null && settled.length != n) {
            throw new IllegalArgumentException("settled persons are given for " + settled.length + " records, not " + n);
        }
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
        // Each root's cannot-link partners (record indexes); few, so a union checks them one by one.
        int[][] cannot = new int[n][];
        for (int[] pair : cannotLink) {
            cannot[pair[0]] = append(cannot[pair[0]], pair[1]);
            cannot[pair[1]] = append(cannot[pair[1]], pair[0]);
        }
        if (settled != null) {
            settle(settled, parent, weakLinks, freeSources, cannot);
        }
        for (int[] pair : mustLink) {
            int a = find(parent, pair[0]);
            int b = find(parent, pair[1]);
            if (a != b && !overlap(freeSources[a], freeSources[b]) && !forbidden(parent, cannot, a, b)) {
                join(parent, weakLinks, freeSources, cannot, a, b, weakLinks[a] + weakLinks[b]);
            }
        }
        double thresholdWeight = Scorer.weightOf(threshold);
        double strongWeight = Scorer.weightOf(strongProbability);
        int[] order = linksStrongestFirst(pairs, thresholdWeight);
        for (int pair : order) {
            int a = find(parent, pairs.left(pair));
            int b = find(parent, pairs.right(pair));
            if (a == b || overlap(freeSources[a], freeSources[b]) || forbidden(parent, cannot, a, b)) {
                continue;
            }
            boolean weak = pairs.weight(pair) < strongWeight;
            int weak2 = weakLinks[a] + weakLinks[b] + (weak ? 1 : 0);
            if (weak && weak2 > maxWeakLinks) {
                continue;
            }
            join(parent, weakLinks, freeSources, cannot, a, b, weak2);
        }
        int[] person = new int[n];
        for (int i = 0; i < n; i++) {
            person[i] = find(parent, i);
        }
        return person;
    }

    /** Joins the records of each settled person, whatever the guards would say: that was decided before. */
    private static void settle(int[] settled, int[] parent, int[] weakLinks, long[][] freeSources, int[][] cannot) {
        java.util.Map<Integer, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < settled.length; i++) {
            if (settled[i] >= 0) {
                Integer other = first.putIfAbsent(settled[i], i);
                if (other != null) {
                    int a = find(parent, other);
                    int b = find(parent, i);
                    if (a != b) {
                        join(parent, weakLinks, freeSources, cannot, a, b, 0);
                    }
                }
            }
        }
    }

    private static void join(int[] parent, int[] weakLinks, long[][] freeSources, int[][] cannot, int a, int b, int weak) {
        int root = Math.min(a, b);
        int child = Math.max(a, b);
        parent[child] = root;
        weakLinks[root] = weak;
        freeSources[root] = union(freeSources[a], freeSources[b]);
        cannot[root] = concat(cannot[a], cannot[b]);
    }

    /** Whether joining roots a and b would put a cannot-link pair in one person. */
    private static boolean forbidden(int[] parent, int[][] cannot, int a, int b) {
        if (cannot[a] == null || cannot[b] == null) {
            return false;
        }
        for (int partner : cannot[a]) {
            if (find(parent, partner) == b) {
                return true;
            }
        }
        return false;
    }

    private static int[] append(int[] array, int value) {
        return concat(array, new int[] {value});
    }

    private static int[] concat(int[] a, int[] b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
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
