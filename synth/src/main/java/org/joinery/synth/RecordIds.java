package org.joinery.synth;

/**
 * Record identifiers that are unique within a source but say nothing about who or in which order:
 * a keyed four-round Feistel permutation of the record's position over 32 bits.
 */
final class RecordIds {

    private final int[] keys = new int[4];

    RecordIds(long seed, SyntheticSource source) {
        SplitRandom random = SplitRandom.of(seed, 200 + source.ordinal(), 0);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (int) random.nextLong();
        }
    }

    long of(long position) {
        int left = (int) (position >>> 16) & 0xFFFF;
        int right = (int) position & 0xFFFF;
        for (int key : keys) {
            int next = left ^ (int) (SplitRandom.mix(right ^ ((long) key << 16)) & 0xFFFF);
            left = right;
            right = next;
        }
        return ((long) left << 16) | right;
    }
}
