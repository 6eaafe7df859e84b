package org.joinery.linkage.predict;

import java.util.Arrays;

/** Gives each distinct long a dense int ID, without boxing (open addressing). */
final class LongIds {

    private long[] keys = new long[1 << 12];
    private int[] ids = new int[1 << 12];
    private int size;

    LongIds() {
        Arrays.fill(ids, -1);
    }

    int id(long key) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 33) & mask;
        while (ids[slot] >= 0) {
            if (keys[slot] == key) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = size;
        return size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        Arrays.fill(ids, -1);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldIds[i] >= 0) {
                int slot = (int) ((oldKeys[i] * 0x9E3779B97F4A7C15L) >>> 33) & mask;
                while (ids[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
            }
        }
    }
}
