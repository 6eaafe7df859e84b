package org.joinery.audit;

import java.time.Clock;
import org.joinery.access.AccessRecorder;
import org.joinery.access.AccessRequest;
import org.joinery.access.Decision;
import org.springframework.stereotype.Component;

/**
 * Records each access decision in its own transaction, on the audit log's own connections, so that
 * the record stands even when the work it allowed later fails or a refusal rolls the caller back,
 * and so that recording never waits for a connection that request work holds.
 */
@Component
class AuditRecorder implements AccessRecorder {

    private final AuditEntries entries;
    private final AuditConnections connections;
    private final Clock clock;

    AuditRecorder(AuditEntries entries, AuditConnections connections, Clock clock) {
        this.entries = entries;
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    public void record(AccessRequest request, Decision decision) {
        connections.inOwnTransaction(() -> entries.append(request, decision, clock.instant()));
    }
}
