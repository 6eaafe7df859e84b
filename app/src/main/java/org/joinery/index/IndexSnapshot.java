package org.joinery.index;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who belongs to whom before a run: each linked record's person (an index into {@code persons}) and the
 * fingerprint of its fields when it was linked, for every person not retired.
 */
public record IndexSnapshot(long[] recordIds, int[] personOf, long[] fingerprints, UUID[] personIds, String[] joineryIds) {

    public static IndexSnapshot empty() {
        return new IndexSnapshot(new long[0], new int[0], new long[0], new UUID[0], new String[0]);
    }

    public int persons() {
        return personIds.length;
    }

    /** The position in {@link #recordIds()} of each record id. */
    public Map<Long, Integer> positionById() {
        Map<Long, Integer> index = new HashMap<>(recordIds.length * 2);
        for (int i = 0; i < recordIds.length; i++) {
            index.put(recordIds[i], i);
        }
        return index;
    }
}
