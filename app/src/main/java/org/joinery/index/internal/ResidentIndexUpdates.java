package org.joinery.index.internal;

import org.joinery.index.PersonsLinked;
import org.joinery.sources.Sources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the resident index in step: built once the application is up, rebuilt after every linkage run but an
 * incremental one that updated it itself.
 */
@Component
class ResidentIndexUpdates {

    private final LiveResidentIndex index;
    private final Sources sources;

    ResidentIndexUpdates(LiveResidentIndex index, Sources sources) {
        this.index = index;
        this.sources = sources;
    }

    /** With no source registered there is nothing to read: no build, and no audit entry for one. */
    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        if (sources.all().isEmpty()) {
            index.startEmpty();
        } else {
            index.requestRebuild();
        }
    }

    /**
     * After a run's links are committed: persons may have merged, split or been created. An incremental run
     * that scored with the index updates it itself, record by record, which is far cheaper than a rebuild. No
     * transaction: it only asks for a rebuild, which reads on a thread of its own.
     */
    @ApplicationModuleListener(id = "linking.resident-index-update", propagation = Propagation.NOT_SUPPORTED)
    void on(PersonsLinked linked) {
        if (!index.takeUpdatedBy(linked.runId())) {
            index.requestRebuild();
        }
    }
}
