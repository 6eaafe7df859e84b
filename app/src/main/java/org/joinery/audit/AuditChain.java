package org.joinery.audit;

import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Verifies the hash chain of the audit log, entry by entry. Reading the log is itself audited. */
@Service
public class AuditChain {

    private final AccessGate gate;
    private final AuditEntries entries;

    AuditChain(AccessGate gate, AuditEntries entries) {
        this.gate = gate;
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify(Actor actor) {
        var grant = gate.authorise(actor, Action.READ, DataRef.of(DataCategory.AUDIT_LOG, null), Purpose.AUDIT_OVERSIGHT);
        var walker = new Walker();
        entries.inChainOrder(grant, walker::check);
        long head = entries.headSeq(grant);
        if (walker.broken == null && walker.expectedSeq - 1 < head) {
            // The head was written with the entries and so may be behind them, never ahead.
            return new ChainVerification(walker.checked, walker.expectedSeq,
                    "Entries after " + (walker.expectedSeq - 1) + " are missing: the chain head says " + head + ".");
        }
        return new ChainVerification(walker.checked, walker.broken, walker.problem);
    }

    private static final class Walker {
        long expectedSeq = 1;
        String expectedPrevHash = AuditEntry.GENESIS;
        long checked;
        Long broken;
        String problem;

        void check(AuditEntry entry) {
            if (broken != null) {
                return;
            }
            checked++;
            if (entry.seq() != expectedSeq) {
                fail(expectedSeq, "Entry " + expectedSeq + " is missing (the next entry is " + entry.seq() + ").");
            } else if (!entry.prevHash().equals(expectedPrevHash)) {
                fail(entry.seq(), "Entry " + entry.seq() + " does not follow the entry before it: an entry was changed or removed.");
            } else if (!entry.hash().equals(entry.expectedHash())) {
                fail(entry.seq(), "Entry " + entry.seq() + " has been changed since it was written.");
            } else {
                expectedSeq++;
                expectedPrevHash = entry.hash();
            }
        }

        private void fail(long seq, String why) {
            broken = seq;
            problem = why;
        }
    }
}
