package org.joinery.linking;

import java.util.UUID;

/**
 * A linkage run has finished and its links are committed: who is which person may have changed.
 * Defined here by the sharing branch ahead of the linking branch, with the agreed shape.
 *
 * @param kind the kind of run, for example "FULL" or "INCREMENTAL"
 */
public record PersonsLinked(UUID runId, String kind) {
}
