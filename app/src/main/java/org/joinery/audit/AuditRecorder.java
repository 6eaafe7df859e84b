package org.joinery.audit;

import java.time.Clock;
import org.joinery.access.AccessRecorder;
import org.joinery.access.AccessRequest;
import org.joinery.access.Decision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records each access decision in its own transaction, so that the record stands even when the
 * work it allowed later fails or a refusal rolls the caller back.
 */
@Component
class AuditRecorder implements AccessRecorder {

    private final AuditEntries entries;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditRecorder(AuditEntries entries, PlatformTransactionManager transactions, Clock clock) {
        this.entries = entries;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void record(AccessRequest request, Decision decision) {
        ownTransaction.executeWithoutResult(status -> entries.append(request, decision, clock.instant()));
    }
}
