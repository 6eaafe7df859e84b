package org.joinery.linking;

import java.util.List;
import org.joinery.access.Grant;

/**
 * Clerical review decisions as labels: linking keeps same-person pairs together and different-people pairs
 * apart, and supervised training learns from them. Implemented by the review sub-package.
 */
public interface ReviewLabels {

    /** Every decision made in clerical review (a grant to read LINKAGE for RECORD_LINKAGE). */
    List<LabelledPair> labels(Grant grant);
}
