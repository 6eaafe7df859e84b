package org.joinery.index;

/** Two source records scored by the latest linkage run (from link_pair): the left record has the lower id. */
public record ScoredPair(long leftRecordId, long rightRecordId, double matchWeight, double probability) {

    /** The pair's address in pages: the two record ids, lower first. */
    public String id() {
        return leftRecordId + "-" + rightRecordId;
    }
}
