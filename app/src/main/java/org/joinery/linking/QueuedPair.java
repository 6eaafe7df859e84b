package org.joinery.linking;

import org.joinery.index.ScoredPair;

/** A pair waiting for review, with each record named by its source and record key. */
public record QueuedPair(ScoredPair pair, RecordName left, RecordName right) {

    /** A source record as reviewers name it. */
    public record RecordName(String source, String recordKey) {
        @Override
        public String toString() {
            return source + ": " + recordKey;
        }
    }

    public PairKey key() {
        return PairKey.of(left.source(), left.recordKey(), right.source(), right.recordKey());
    }
}
