package org.joinery.linking.index;

import org.joinery.linking.PersonsLinked;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Keeps the resident index in step: built once the application is up, rebuilt after every linkage run. */
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

    /** After a run's links are committed: persons may have merged, split or been created. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonsLinked linked) {
        index.requestRebuild();
    }
}
