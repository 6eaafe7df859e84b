package org.joinery.linking;

import java.util.List;
import org.joinery.access.Grant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Review decisions read straight from review_decision, standing in for the review queue's store until it is
 * merged. Linking tests import this, which also gives them a database of their own: full runs link every
 * record in it, so they must not share one with other modules' fixtures.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestReviewLabels {

    @Bean
    ReviewLabels reviewLabels(JdbcTemplate jdbc) {
        return (Grant grant) -> {
            grant.require(org.joinery.access.DataCategory.LINKAGE, org.joinery.access.Action.READ);
            List<LabelledPair> labels = jdbc.query("select left_source, left_record_key, right_source, right_record_key, decision"
                            + " from review_decision order by decided_at, id",
                    (rs, n) -> new LabelledPair(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            ReviewDecision.valueOf(rs.getString(5))));
            return labels;
        };
    }
}
