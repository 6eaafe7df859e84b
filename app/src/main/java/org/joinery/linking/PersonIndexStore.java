package org.joinery.linking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.PersonalDataStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Persons, which records make them up, their history, and the scored pairs between records: the
 * only class that touches person, person_record, person_event and link_pair.
 */
@Component
@PersonalDataStore(tables = {"person", "person_record", "person_event", "link_pair"})
public class PersonIndexStore {

    private final JdbcClient jdbc;

    PersonIndexStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person with this Joinery ID (retired ones too, so that old IDs can be followed). */
    public Optional<PersonRef> byJoineryId(Grant grant, String joineryId) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.IDENTITY, DataCategory.LINKAGE,
                DataCategory.RESIDENT_SEARCH);
        return jdbc.sql("select id, joinery_id, retired_at is not null as retired from person where joinery_id = ?")
                .param(joineryId).query(PersonRef.class).optional();
    }

    /** The source records that make up the person now. */
    public List<Long> recordIdsOf(Grant grant, UUID personId) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.LINKAGE);
        return jdbc.sql("select source_record_id from person_record where person_id = ? order by source_record_id")
                .param(personId).query(Long.class).list();
    }

    // Clerical review and explanations (helper review): small methods, kept apart to ease merging.

    /** Pairs whose probability lies in [lower, upper], most uncertain (closest to one half) first. */
    public List<ScoredPair> pairsBetween(Grant grant, double lower, double upper) {
        grant.require(DataCategory.LINKAGE, Action.READ);
        return jdbc.sql("select left_record_id, right_record_id, match_weight, probability from link_pair"
                        + " where probability >= ? and probability <= ?"
                        + " order by abs(probability - 0.5), left_record_id, right_record_id")
                .params(lower, upper).query(ScoredPair.class).list();
    }

    /** The scored pair of these two records, in either order. */
    public Optional<ScoredPair> pair(Grant grant, long oneRecordId, long otherRecordId) {
        grant.require(DataCategory.LINKAGE, Action.READ);
        return jdbc.sql("select left_record_id, right_record_id, match_weight, probability from link_pair"
                        + " where (left_record_id = ? and right_record_id = ?) or (left_record_id = ? and right_record_id = ?)")
                .params(oneRecordId, otherRecordId, otherRecordId, oneRecordId).query(ScoredPair.class).optional();
    }

    /** The scored pairs between these records (the records of one person that a reader may see). */
    public List<ScoredPair> pairsAmong(Grant grant, Collection<Long> recordIds) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.IDENTITY, DataCategory.LINKAGE);
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select left_record_id, right_record_id, match_weight, probability from link_pair"
                        + " where left_record_id in (:ids) and right_record_id in (:ids)"
                        + " order by probability desc, left_record_id, right_record_id")
                .param("ids", List.copyOf(recordIds)).query(ScoredPair.class).list();
    }

    /** The person's merge and split history with reasons, oldest first. */
    public List<PersonEvent> history(Grant grant, UUID personId) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.IDENTITY, DataCategory.LINKAGE);
        return jdbc.sql("select e.kind, o.joinery_id as other_joinery_id, e.reason, e.occurred_at from person_event e"
                        + " left join person o on o.id = e.other_person_id where e.person_id = ? order by e.occurred_at, e.id")
                .param(personId).query(PersonEvent.class).list();
    }

    /** The Joinery ID a retired person was merged into, following merges to the person that is current now. */
    public Optional<String> mergedInto(Grant grant, UUID retiredPersonId) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.IDENTITY, DataCategory.LINKAGE,
                DataCategory.RESIDENT_SEARCH);
        UUID current = retiredPersonId;
        // A bounded walk: merges chain (A into B, later B into C), and a bad history must not loop forever.
        for (int step = 0; step < 20; step++) {
            Optional<PersonRef> next = jdbc.sql("select p.id, p.joinery_id, p.retired_at is not null as retired"
                            + " from person_event e join person p on p.id = e.other_person_id"
                            + " where e.person_id = ? and e.kind = 'MERGED_INTO' order by e.occurred_at desc, e.id desc")
                    .param(current).query(PersonRef.class).stream().findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (!next.get().retired()) {
                return Optional.of(next.get().joineryId());
            }
            current = next.get().id();
        }
        return Optional.empty();
    }
}
