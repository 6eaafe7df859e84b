package org.joinery.audit;

import org.joinery.access.AccessRefused;
import org.joinery.access.Actor;

/**
 * Verifies the hash chain of the audit log, entry by entry, and that the recorded end of the chain matches its
 * last entry. Checking is itself audited, as an integrity check that shows no entries to the checker.
 */
public interface AuditChain {

    /**
     * Checks the chain while entries may still be appended, without locking anyone out.
     *
     * @throws AccessRefused unless the actor may check the audit log's integrity
     */
    ChainVerification verify(Actor actor);
}
