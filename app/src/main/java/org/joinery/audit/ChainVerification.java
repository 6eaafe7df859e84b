package org.joinery.audit;

/**
 * The result of checking the audit chain: how many entries were checked, where the chain ends and,
 * if it is broken, the first entry at which it breaks and a message key saying why.
 *
 * @param problemKey message key taking the broken entry's number and one other entry number
 * @param otherSeq   the other entry number the problem message names (the next entry, or the recorded end)
 * @param lastHash   the hash of the last intact entry: write it down, and a later check that ends
 *                   at the same entry must end with the same hash, or the chain was rewritten
 */
public record ChainVerification(long entriesChecked, Long firstBrokenSeq, String problemKey, long otherSeq,
        long lastSeq, String lastHash) implements java.io.Serializable {

    public boolean intact() {
        return problemKey == null;
    }

    /** The arguments of the problem message. */
    public Object[] problemArguments() {
        return new Object[] {firstBrokenSeq, otherSeq};
    }
}
