package org.joinery.linking;

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
}
