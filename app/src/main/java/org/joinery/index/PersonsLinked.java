package org.joinery.index;

import java.util.UUID;

/**
 * A linkage run has finished and its links are committed: who is which person may have changed. The index's
 * event, so that modules that follow persons (sharing, the resident index itself) need know nothing of linkage
 * runs; the runs of the linking module publish it when they have written persons through {@link Persons}.
 *
 * @param kind the kind of run, for example "FULL" or "INCREMENTAL"
 */
public record PersonsLinked(UUID runId, String kind) {
}
