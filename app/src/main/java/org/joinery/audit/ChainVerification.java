package org.joinery.audit;

/**
 * The result of checking the audit chain: how many entries were checked and, if the chain is
 * broken, the first entry at which it breaks and why.
 */
public record ChainVerification(long entriesChecked, Long firstBrokenSeq, String problem) {

    public boolean intact() {
        return firstBrokenSeq == null && problem == null;
    }
}
