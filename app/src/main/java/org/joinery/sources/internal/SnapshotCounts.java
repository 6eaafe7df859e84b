package org.joinery.sources.internal;

/** What applying a batch did to its source's records. */
record SnapshotCounts(int added, int changed, int unchanged, int withdrawn, int restored) {
}
