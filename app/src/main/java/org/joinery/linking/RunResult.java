package org.joinery.linking;

import java.util.UUID;

/** What a finished run did: counts, the summary saved with it, and how long it took. */
public record RunResult(UUID runId, int records, int persons, long pairs, String summary, long millis) {
}
