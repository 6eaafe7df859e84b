package org.joinery.audit;

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

    /** The head is written in the same transaction as each entry, so it must match the last one exactly. */
    ChainVerification against(ChainHead head) {
        long last = expectedSeq - 1;
        if (broken == null) {
            if (head.seq() > last) {
                fail(last + 1, "audit.problem.truncated", head.seq());
            } else if (head.seq() < last) {
                fail(head.seq() + 1, "audit.problem.beyondEnd", head.seq());
            } else if (!head.hash().equals(expectedPrevHash)) {
                fail(last, "audit.problem.endChanged", head.seq());
            }
        }
        return new ChainVerification(checked, broken, problem, other, last, expectedPrevHash);
    }

    private void fail(long seq, String key, long otherSeq) {
        broken = seq;
        problem = key;
        other = otherSeq;
    }
}
