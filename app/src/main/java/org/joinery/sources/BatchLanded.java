package org.joinery.sources;

import java.util.UUID;

/** A batch has landed whole in its source: the records it added, changed and withdrew are now current. */
public record BatchLanded(UUID sourceId, UUID batchId, int newRecords, int changedRecords, int withdrawnRecords) {
}
