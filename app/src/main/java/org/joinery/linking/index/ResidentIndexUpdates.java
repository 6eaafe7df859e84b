package org.joinery.linking.index;

import org.joinery.linking.PersonsLinked;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the resident index in step: built once the application is up, rebuilt after every linkage run but an
 * incremental one that updated it itself.
 */
@Component
class ResidentIndexUpdates {

    private final LiveResidentIndex index;

    ResidentIndexUpdates(LiveResidentIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        index.requestRebuild();
    }

    /**
     * After a run's links are committed: persons may have merged, split or been created. An incremental run
     * that scored with the index updates it itself, record by record, which is far cheaper than a rebuild.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonsLinked linked) {
        if (!index.takeUpdatedBy(linked.runId())) {
            index.requestRebuild();
        }
    }
}
