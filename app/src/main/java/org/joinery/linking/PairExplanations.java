package org.joinery.linking;

import org.joinery.index.ScoredPair;

/**
 * Explains a pair of records with the engine and the active model (models describe how fields compare, not
 * people, so reading them needs no grant). The caller has already read the two records through the gate; this
 * only computes.
 */
public interface PairExplanations {

    /**
     * The waterfall of two records' person fields (by {@code PersonField.ordinal()}) under the active model.
     * Term-frequency adjustments need the frequencies of every record in the index, which a page does not hold,
     * so the waterfall leaves them out and the stored score (which has them) is shown beside it.
     */
    PairExplanation explain(String leftLabel, String[] left, String rightLabel, String[] right, ScoredPair stored);
}
