package org.joinery.linking;

import java.util.List;
import org.joinery.access.Grant;

/**
 * The clerical review decisions, as linkage uses them: must-link (same person), cannot-link (different people)
 * and labels for supervised training. The review queue (linking.review) implements this over its store;
 * until it is there, runs see no decisions.
 */
public interface ReviewLabels {

    /** Every decision (a grant to read LINKAGE for RECORD_LINKAGE). */
    List<ReviewLabel> labels(Grant grant);
}
