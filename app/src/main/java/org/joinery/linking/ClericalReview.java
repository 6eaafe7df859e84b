package org.joinery.linking;

import java.util.List;
import java.util.Optional;
import org.joinery.access.Grant;

/**
 * Clerical review: the queue of scored pairs between the two review probabilities that nobody has decided yet,
 * most uncertain first; one pair as a reviewer sees it; and recording the reviewer's decision, which later runs
 * and supervised training take as a label.
 */
public interface ClericalReview {

    /** Every pair waiting, in queue order (a grant to read LINKAGE for RECORD_LINKAGE). */
    List<QueuedPair> waiting(Grant grant);

    /** The pair to review next, if any. */
    Optional<QueuedPair> next(Grant grant);

    /** The probabilities between which a pair waits for review. */
    ReviewBand band();

    /**
     * The pair page, or empty when the latest run kept no score for these records or one is gone.
     *
     * @param linkage a grant to read LINKAGE, and {@code extract} to read SOURCE_EXTRACT, both for RECORD_LINKAGE
     */
    Optional<PairPage> show(Grant linkage, Grant extract, long leftId, long rightId);

    /**
     * Records the decision about two records by their sources' names and keys; empty when the records are
     * unknown (withdrawn since the page was shown).
     *
     * @param read a grant to read LINKAGE, and {@code write} to write it, both for RECORD_LINKAGE
     */
    Optional<PairKey> decide(Grant read, Grant write, long leftId, long rightId, ReviewDecision decision, String note,
                             String reviewer);
}
