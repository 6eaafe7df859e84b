package org.joinery.linking.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.PersonalDataStore;
import org.joinery.access.Purpose;
import org.joinery.linking.PairKey;
import org.joinery.linking.ReviewDecision;
import org.joinery.linking.ReviewedPair;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clerical review decisions, keyed by both records' source names and record keys: the only class that
 * touches review_decision.
 */
@Component
@PersonalDataStore(tables = {"review_decision"})
class ReviewStore {

    private static final String COLUMNS = "left_source, left_record_key, right_source, right_record_key, decision, note,"
            + " decided_by, decided_at";

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a decision about the pair, replacing an earlier one: the latest reviewer's word stands. */
    @Transactional
    public void decide(Grant grant, PairKey key, ReviewDecision decision, String note, String decidedBy, Instant at) {
        grant.require(DataCategory.LINKAGE, Action.WRITE, Purpose.RECORD_LINKAGE);
        jdbc.sql("delete from review_decision where left_source = ? and left_record_key = ? and right_source = ?"
                        + " and right_record_key = ?")
                .params(key.leftSource(), key.leftRecordKey(), key.rightSource(), key.rightRecordKey()).update();
        jdbc.sql("insert into review_decision (id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), key.leftSource(), key.leftRecordKey(), key.rightSource(), key.rightRecordKey(),
                        decision.name(), note, decidedBy, java.sql.Timestamp.from(at))
                .update();
    }

    /** Every decision, oldest first. */
    public List<ReviewedPair> all(Grant grant) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        return jdbc.sql("select " + COLUMNS + " from review_decision order by decided_at, id")
                .query((rs, n) -> reviewed(rs)).list();
    }

    /** The decision about this pair, if one has been made. */
    public Optional<ReviewedPair> about(Grant grant, PairKey key) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        return jdbc.sql("select " + COLUMNS + " from review_decision where left_source = ? and left_record_key = ?"
                        + " and right_source = ? and right_record_key = ?")
                .params(key.leftSource(), key.leftRecordKey(), key.rightSource(), key.rightRecordKey())
                .query((rs, n) -> reviewed(rs)).optional();
    }

    private static ReviewedPair reviewed(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReviewedPair(new PairKey(rs.getString("left_source"), rs.getString("left_record_key"),
                rs.getString("right_source"), rs.getString("right_record_key")),
                ReviewDecision.valueOf(rs.getString("decision")), rs.getString("note"), rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant());
    }
}
