package org.joinery.linkage.train;

import java.util.Arrays;

/**
 * How many pairs show each comparison-vector pattern (the level of every comparison, packed in one long).
 * An open-addressing map from pattern to count; EM then works on a few thousand patterns instead of
 * millions of pairs.
 */
final class PatternCounts {

    private long[] keys = new long[1024];
    private long[] counts = new long[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    void add(long pattern, long count) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(pattern, keys.length);
        while (used[slot] && keys[slot] != pattern) {
            slot = (slot + 1) & (keys.length - 1);
        }
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = pattern;
            size++;
        }
        counts[slot] += count;
    }

    void addAll(PatternCounts other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.used[i]) {
                add(other.keys[i], other.counts[i]);
            }
        }
    }

    /** Patterns in ascending order, so everything computed from them is deterministic. */
    long[] patterns() {
        long[] result = new long[size];
        int at = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                result[at++] = keys[i];
            }
        }
        Arrays.sort(result);
        return result;
    }

    long count(long pattern) {
        int slot = slot(pattern, keys.length);
        while (used[slot]) {
            if (keys[slot] == pattern) {
                return counts[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return 0;
    }

    private static int slot(long pattern, int capacity) {
        long h = pattern * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (capacity - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }
}
