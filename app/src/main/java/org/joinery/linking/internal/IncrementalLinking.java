package org.joinery.linking.internal;

import java.util.List;
import org.joinery.access.Actor;
import org.joinery.sources.BatchLanded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * When a batch lands in a source, its new, changed and withdrawn records are linked into the index by an incremental
 * run on the linkage thread, once the batch's transaction has committed. The listener returns when the run has
 * committed, and only then is the event's publication complete: if the run fails, or Joinery stops first, the
 * publication stays incomplete and is delivered again when Joinery starts, so a landed batch is never left unlinked.
 */
@Component
class IncrementalLinking {

    static final Actor ACTOR = Actor.system("incremental linking");

    /** The listener's name in the event publication registry: fixed, so that moving this class orphans nothing. */
    static final String LISTENER = "linking.incremental-run";

    private final LinkageRunsService runs;
    private final FailedEventPublications failed;

    IncrementalLinking(LinkageRunsService runs, FailedEventPublications failed) {
        this.runs = runs;
        this.failed = failed;
    }

    /**
     * No transaction of its own (the run holds its own on the linkage thread): this thread only waits for the run,
     * and must not hold a connection meanwhile.
     */
    @ApplicationModuleListener(id = LISTENER, propagation = Propagation.NOT_SUPPORTED)
    void on(BatchLanded batch) {
        if (batch.newRecords() + batch.changedRecords() + batch.withdrawnRecords() > 0) {
            runs.linkLanded(ACTOR, List.of(batch.batchId()));
            // A run that failed left its batch's publication failed: with this run done, that batch has another go.
            failed.resubmit(ResubmissionOptions.defaults().withFilter(publication ->
                    publication.getEvent() instanceof BatchLanded));
        }
    }
}
