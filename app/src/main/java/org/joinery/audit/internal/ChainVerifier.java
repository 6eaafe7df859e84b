package org.joinery.audit.internal;

import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
import org.joinery.audit.AuditChain;
import org.joinery.audit.ChainVerification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asks the gate for an integrity check, then walks the chain through a {@link ChainCheck}. */
@Service
class ChainVerifier implements AuditChain {

    private final AccessGate gate;
    private final AuditStore entries;

    ChainVerifier(AccessGate gate, AuditStore entries) {
        this.gate = gate;
        this.entries = entries;
    }

    /**
     * Entries may be appended while the check runs, without locking anyone out. The head is read
     * before the walk (everything up to it must be there) and, if the walk went further, again
     * after it (everything walked must be covered by it); see {@link ChainCheck#against(ChainHead, ChainHead)}.
     */
    @Override
    @Transactional(readOnly = true)
    public ChainVerification verify(Actor actor) {
        var grant = gate.authorise(actor, Action.READ, DataRef.of(DataCategory.AUDIT_LOG, null),
                Purpose.AUDIT_INTEGRITY_CHECK);
        ChainHead before = entries.head(grant);
        var check = new ChainCheck();
        entries.inChainOrder(grant, check::next);
        ChainHead after = check.lastSeq() > before.seq() ? entries.head(grant) : before;
        return check.against(before, after);
    }
}
