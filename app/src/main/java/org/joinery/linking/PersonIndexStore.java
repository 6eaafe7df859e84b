package org.joinery.linking;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
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

    // --- Added by the sharing branch: what deriving involvements and listing them need. ---

    /** Every source record's person now, for deriving involvements after a linkage run. */
    public void forEachMembership(Grant grant, Consumer<Membership> each) {
        grant.require(DataCategory.LINKAGE, Action.READ);
        jdbc.sql("select person_id, source_record_id from person_record")
                .query(rs -> {
                    each.accept(new Membership(rs.getObject(1, UUID.class), rs.getLong(2)));
                });
    }

    /** The Joinery IDs of these persons, for lists of involvements. */
    public Map<UUID, String> joineryIdsOf(Grant grant, Collection<UUID> personIds) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.LINKAGE);
        Map<UUID, String> found = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select id, joinery_id from person where id in (:ids)").param("ids", List.copyOf(personIds))
                    .query(rs -> {
                        found.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return found;
    }
}
