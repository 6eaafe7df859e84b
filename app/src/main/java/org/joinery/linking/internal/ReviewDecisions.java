package org.joinery.linking.internal;

import java.util.List;
import org.joinery.access.Grant;
import org.joinery.linkage.data.Records;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The clerical review decisions as constraints on these records, from {@link ReviewLabels} when there is one
 * (there is in the application: {@link DecisionLabels}); without it, none.
 */
@Component
class ReviewDecisions {

    private final ObjectProvider<ReviewLabels> labels;

    ReviewDecisions(ObjectProvider<ReviewLabels> labels) {
        this.labels = labels;
    }

    ReviewConstraints on(Grant read, Records records) {
        ReviewLabels source = labels.getIfAvailable();
        List<LabelledPair> decided = source == null ? List.of() : source.labels(read);
        return ReviewConstraints.of(decided, records);
    }
}
