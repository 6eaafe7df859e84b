package org.joinery.linkage.live;

import java.util.Arrays;

/**
 * From a hashed blocking key to the rows holding it: open addressing over primitive arrays, so a million
 * records' keys cost a few hundred megabytes rather than a map of boxed lists. Not thread-safe: the index
 * writes it under its write lock and reads it under its read lock.
 */
final class Postings {

    /** The key no row has: {@link BlockingKeys} never produces it. */
    static final long NONE = 0;

    private long[] keys;
    private int[][] rows;
    private int[] sizes;
    private int used;

    Postings(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
        keys = new long[capacity];
        rows = new int[capacity][];
        sizes = new int[capacity];
    }

    void add(long key, int row) {
        int slot = slotOf(key);
        if (keys[slot] == NONE) {
            keys[slot] = key;
            rows[slot] = new int[2];
            if (++used * 2 > keys.length) {
                grow();
                slot = slotOf(key);
            }
        }
        int[] list = rows[slot];
        if (sizes[slot] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            rows[slot] = list;
        }
        list[sizes[slot]++] = row;
    }

    void remove(long key, int row) {
        int slot = slotOf(key);
        if (keys[slot] == NONE) {
            return;
        }
        int[] list = rows[slot];
        for (int i = 0; i < sizes[slot]; i++) {
            if (list[i] == row) {
                // order within a key does not matter: candidates are ranked by score
                list[i] = list[--sizes[slot]];
                return;
            }
        }
    }

    /** The slot of a key present here, or -1. */
    int find(long key) {
        int slot = slotOf(key);
        return keys[slot] == NONE ? -1 : slot;
    }

    int size(int slot) {
        return sizes[slot];
    }

    int[] rows(int slot) {
        return rows[slot];
    }

    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != NONE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[][] oldRows = rows;
        int[] oldSizes = sizes;
        keys = new long[oldKeys.length * 2];
        rows = new int[keys.length][];
        sizes = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != NONE) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
                sizes[slot] = oldSizes[i];
            }
        }
    }
}
