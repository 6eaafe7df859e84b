package org.joinery.platform;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events still being heard: rows of the event publication registry (table {@code event_publication}) whose
 * listener has not finished. Commands and tests wait on this instead of sleeping, as a listener runs on a thread of
 * its own after the commit. A publication whose listener failed is not waited for: it is delivered again later.
 */
@Component
public class EventPublications {

    private static final long POLL_MILLIS = 20;

    private final JdbcClient jdbc;

    EventPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether every event published so far has been heard out by its listeners (or has failed). */
    public boolean completed() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                + " and (status is null or status <> 'FAILED')").query(Long.class).single() == 0;
    }

    /** Waits until {@link #completed()}; throws if that takes longer than the time given. */
    public void awaitCompleted(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!completed()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Events were still being heard after " + atMost);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for events to be heard", e);
            }
        }
    }
}
