package org.joinery.linkage.live;

import java.util.List;

/**
 * A record of the index that may be the person searched for: its match weight against the query (the sum
 * of the details' weights and the prior, exactly as the batch scorer would score the pair), its match
 * probability, and each comparison's detail.
 */
public record Candidate(String source, String recordId, double matchWeight, double matchProbability,
                        List<Detail> details) {
}
