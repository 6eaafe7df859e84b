package org.joinery.sources.imports;

/** What applying a batch did to its source's records. */
public record SnapshotCounts(int added, int changed, int unchanged, int withdrawn, int restored) {
}
