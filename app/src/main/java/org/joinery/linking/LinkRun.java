package org.joinery.linking;

import java.time.Instant;
import java.util.UUID;

/**
 * One linkage run as the runs page shows it.
 *
 * @param kind   {@link #FULL} or {@link #INCREMENTAL}
 * @param status {@link #RUNNING}, {@link #DONE} or {@link #FAILED}
 */
public record LinkRun(UUID id, String kind, Integer modelVersion, String status, Instant startedAt, Instant finishedAt,
                      Integer records, Integer persons, Long pairs, String summary, String startedBy) {

    public static final String FULL = "FULL";
    public static final String INCREMENTAL = "INCREMENTAL";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    public boolean running() {
        return RUNNING.equals(status);
    }
}
