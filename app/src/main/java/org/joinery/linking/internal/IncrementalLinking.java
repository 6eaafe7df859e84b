package org.joinery.linking.internal;

import org.joinery.access.Actor;
import org.joinery.linking.LinkageRuns;
import org.joinery.sources.BatchLanded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a batch lands in a source, its new, changed and withdrawn records are linked into the index in the
 * background, once the batch's transaction has committed (or at once, when it was published outside one).
 */
@Component
class IncrementalLinking {

    static final Actor ACTOR = Actor.system("incremental linking");

    private final LinkageRuns runs;

    IncrementalLinking(LinkageRuns runs) {
        this.runs = runs;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BatchLanded batch) {
        if (batch.newRecords() + batch.changedRecords() + batch.withdrawnRecords() > 0) {
            runs.startIncrementalRun(ACTOR);
        }
    }
}
