package org.joinery.linking;

import java.util.UUID;

/**
 * A linkage run has committed: persons, their records and history are as the run left them. Published in the
 * run's transaction, so transactional listeners hear it after the commit.
 *
 * @param kind {@link LinkRun#FULL} or {@link LinkRun#INCREMENTAL}
 */
public record PersonsLinked(UUID runId, String kind) {
}
