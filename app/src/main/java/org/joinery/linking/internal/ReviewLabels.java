package org.joinery.linking.internal;

import java.util.List;
import org.joinery.access.Grant;

/**
 * Clerical review decisions as labels: linking keeps same-person pairs together and different-people pairs
 * apart, and supervised training learns from them. Implemented by {@link DecisionLabels}, from the review store.
 */
interface ReviewLabels {

    /** Every decision made in clerical review (a grant to read LINKAGE for RECORD_LINKAGE). */
    List<LabelledPair> labels(Grant grant);
}
