package org.joinery.audit.internal;

import org.joinery.audit.AuditEntry;
import org.joinery.audit.ChainVerification;

/**
 * Walks the audit chain one entry at a time, in order, and then compares its end with the recorded
 * head: each entry must carry the next number, name the previous entry's hash and hash to what it
 * carries, and the head must name the last entry exactly.
 */
final class ChainCheck {

    private long expectedSeq = 1;
    private String expectedPrevHash = AuditEntry.GENESIS;
    private long checked;
    private Long broken;
    private String problem;
    private long other;

    /** Checks the next entry in chain order; after the first break, the rest are ignored. */
    void next(AuditEntry entry) {
        if (broken != null) {
            return;
        }
        if (entry.seq() != expectedSeq) {
            fail(expectedSeq, "audit.problem.missing", entry.seq());
            return;
        }
        checked++;
        if (!entry.prevHash().equals(expectedPrevHash)) {
            fail(entry.seq(), "audit.problem.unlinked", entry.seq() - 1);
        } else if (!entry.hash().equals(entry.expectedHash())) {
            fail(entry.seq(), "audit.problem.changed", entry.seq());
        } else {
            expectedSeq++;
            expectedPrevHash = entry.hash();
        }
    }

    /** Compares the walked chain with a head read before the walk, when nothing was appended meanwhile. */
    ChainVerification against(ChainHead head) {
        return against(head, head);
    }

    /**
     * The head is written in the same transaction as each entry, so it names the last entry
     * exactly. Entries may be appended while the walk runs, so the head read before the walk
     * ({@code before}) shows what must be there, and the head read after it ({@code after})
     * shows whether every entry walked was appended by Joinery.
     */
    ChainVerification against(ChainHead before, ChainHead after) {
        long last = expectedSeq - 1;
        if (broken == null) {
            if (before.seq() > last) {
                fail(last + 1, "audit.problem.truncated", before.seq());
            } else if (after.seq() < last) {
                fail(after.seq() + 1, "audit.problem.beyondEnd", after.seq());
            } else if (after.seq() == last && !after.hash().equals(expectedPrevHash)) {
                fail(last, "audit.problem.endChanged", after.seq());
            }
        }
        return new ChainVerification(checked, broken, problem, other, last, expectedPrevHash);
    }

    /** The number of the last entry walked so far. */
    long lastSeq() {
        return expectedSeq - 1;
    }

    private void fail(long seq, String key, long otherSeq) {
        broken = seq;
        problem = key;
        other = otherSeq;
    }
}
