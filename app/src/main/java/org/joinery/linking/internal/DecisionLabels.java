package org.joinery.linking.internal;

import java.util.List;
import org.joinery.access.Grant;
import org.springframework.stereotype.Service;

/** Review decisions handed to linking as labels, by source name and record key. */
@Service
class DecisionLabels implements ReviewLabels {

    private final ReviewStore decisions;

    DecisionLabels(ReviewStore decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<LabelledPair> labels(Grant grant) {
        return decisions.all(grant).stream().map(reviewed -> new LabelledPair(reviewed.key().leftSource(),
                reviewed.key().leftRecordKey(), reviewed.key().rightSource(), reviewed.key().rightRecordKey(),
                reviewed.decision())).toList();
    }
}
