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

    // --- Added by the find branch: what the resident index and the front door need. ---

    /** Every source record that belongs to a person now, with that person's Joinery ID, for the resident index. */
    public void forEachLinkedRecord(Grant grant, java.util.function.ObjLongConsumer<String> each) {
        grant.require(DataCategory.LINKAGE, Action.READ);
        jdbc.sql("select r.source_record_id, p.joinery_id from person_record r join person p on p.id = r.person_id"
                        + " where p.retired_at is null")
                .query(rs -> {
                    each.accept(rs.getString(2), rs.getLong(1));
                });
    }

    /**
     * A new person made of one source record, registered at the front door when no likely match was found;
     * the reason goes into the person's history. The grant: WRITE IDENTITY for the record's organisation.
     */
    public PersonRef createPerson(Grant grant, long sourceRecordId, String joineryId, String reason,
                                  java.time.Instant now) {
        grant.require(DataCategory.IDENTITY, Action.WRITE);
        UUID id = UUID.randomUUID();
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        jdbc.sql("insert into person (id, joinery_id, created_at) values (?, ?, ?)").params(id, joineryId, at).update();
        jdbc.sql("insert into person_record (source_record_id, person_id, linked_at) values (?, ?, ?)")
                .params(sourceRecordId, id, at).update();
        jdbc.sql("insert into person_event (person_id, kind, source_record_id, reason, occurred_at) values (?, 'CREATED', ?, ?, ?)")
                .params(id, sourceRecordId, reason, at).update();
        return new PersonRef(id, joineryId, false);
    }

    /** Whether a Joinery ID is taken (by a current or retired person): new IDs are never reused. */
    public boolean joineryIdTaken(Grant grant, String joineryId) {
        grant.require(DataCategory.IDENTITY, Action.WRITE);
        return jdbc.sql("select count(*) from person where joinery_id = ?").param(joineryId).query(Long.class).single() > 0;
    }
}
