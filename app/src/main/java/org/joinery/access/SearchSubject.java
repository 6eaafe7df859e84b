package org.joinery.access;

import java.util.List;

/**
 * What a search was for and whom it showed, for its audit entry: an officer must be able to tell who searched for
 * whom. The terms are keyed hashes, never what was typed: the audit log is read by officers, and the details a
 * resident gave are personal data of their own.
 *
 * @param termHashes      one "field:hash" per term searched for, in the order of the fields
 * @param shownJoineryIds the Joinery IDs shown to the searcher, in the order shown; empty when refused or none
 */
public record SearchSubject(List<String> termHashes, List<String> shownJoineryIds) {

    public SearchSubject {
        termHashes = List.copyOf(termHashes);
        shownJoineryIds = List.copyOf(shownJoineryIds);
    }
}
