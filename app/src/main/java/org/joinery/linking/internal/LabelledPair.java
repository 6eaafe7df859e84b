package org.joinery.linking.internal;

import org.joinery.linking.ReviewDecision;
/**
 * Two source records, named by source and record key (so the label outlives reruns and reimports), and what
 * a reviewer decided about them.
 */
record LabelledPair(String leftSource, String leftRecordKey, String rightSource, String rightRecordKey,
                           ReviewDecision decision) {
}
