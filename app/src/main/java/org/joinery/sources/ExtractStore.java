package org.joinery.sources;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.PersonalDataStore;
import org.joinery.access.Purpose;
import org.joinery.linkage.model.PersonField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Source records as received and their history: the only class that touches source_record and
 * source_record_history. Every public method needs a grant from the access gate.
 */
@Component
@PersonalDataStore(tables = {"source_record", "source_record_history"})
public class ExtractStore {

    static final String FIELD_COLUMNS = "forenames, surname, previous_surnames, sex, date_of_birth, address, town,"
            + " postcode, phone, email, nhs_number, ni_number";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int IN_LIST = 500;

    private final JdbcClient jdbc;

    ExtractStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every current (not withdrawn) record of every source, for linkage, in id order. */
    public void forEachCurrent(Grant grant, Consumer<CurrentRecord> each) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        jdbc.sql("select id, source_id, record_key, " + FIELD_COLUMNS + ", opened_on, closed_on from source_record"
                        + " where not withdrawn order by id")
                .query(rs -> {
                    each.accept(current(rs));
                });
    }

    /** These current records, for linkage (incremental runs). */
    public List<CurrentRecord> current(Grant grant, Collection<Long> ids) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        List<CurrentRecord> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            found.addAll(jdbc.sql("select id, source_id, record_key, " + FIELD_COLUMNS + ", opened_on, closed_on"
                            + " from source_record where not withdrawn and id in (:ids) order by id")
                    .param("ids", chunk).query((rs, n) -> current(rs)).list());
        }
        return found;
    }

    /**
     * These records' details, for people to read: the grant is for one organisation's identity data,
     * and only records of that organisation's sources are returned.
     */
    public List<RecordDetails> details(Grant grant, Collection<Long> ids) {
        grant.require(DataCategory.IDENTITY, Action.READ);
        UUID organisation = grant.request().data().organisationId();
        if (organisation == null) {
            throw new IllegalStateException("A grant to read identity details must name the organisation that holds them");
        }
        List<RecordDetails> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            found.addAll(jdbc.sql("select r.id, r.source_id, r.record_key, " + prefixed("r.") + ", r.opened_on, r.closed_on,"
                            + " r.raw_json, s.organisation_id, s.name from source_record r join source s on s.id = r.source_id"
                            + " where r.id in (:ids) and s.organisation_id = :organisation order by r.id")
                    .param("ids", chunk).param("organisation", organisation)
                    .query((rs, n) -> new RecordDetails(current(rs), rs.getObject("organisation_id", UUID.class),
                            rs.getString("name"), raw(rs.getString("raw_json"))))
                    .list());
        }
        return found;
    }

    /**
     * Which source holds each of these records (withdrawn ones too), so a page can ask the gate about each
     * holding organisation before reading any details. Says nothing about the person beyond who holds a record.
     */
    public Map<Long, UUID> holders(Grant grant, Collection<Long> ids) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.LINKAGE);
        Map<Long, UUID> holders = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("select id, source_id from source_record where id in (:ids) order by id").param("ids", chunk)
                    .query(rs -> {
                        holders.put(rs.getLong("id"), rs.getObject("source_id", UUID.class));
                    });
        }
        return holders;
    }

    /** These records as received and mapped, whichever organisation holds them: the data team's clerical review. */
    public List<RecordDetails> forReview(Grant grant, Collection<Long> ids) {
        grant.require(DataCategory.SOURCE_EXTRACT, Action.READ, Purpose.RECORD_LINKAGE);
        List<RecordDetails> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            found.addAll(jdbc.sql("select r.id, r.source_id, r.record_key, " + prefixed("r.") + ", r.opened_on, r.closed_on,"
                            + " r.raw_json, s.organisation_id, s.name from source_record r join source s on s.id = r.source_id"
                            + " where r.id in (:ids) order by r.id")
                    .param("ids", chunk)
                    .query((rs, n) -> new RecordDetails(current(rs), rs.getObject("organisation_id", UUID.class),
                            rs.getString("name"), raw(rs.getString("raw_json"))))
                    .list());
        }
        return found;
    }

    private static String prefixed(String alias) {
        return alias + FIELD_COLUMNS.replace(", ", ", " + alias);
    }

    private static CurrentRecord current(ResultSet rs) throws SQLException {
        String[] fields = new String[PersonField.values().length];
        for (PersonField field : PersonField.values()) {
            fields[field.ordinal()] = rs.getString(field.jsonName());
        }
        return new CurrentRecord(rs.getLong("id"), rs.getObject("source_id", UUID.class), rs.getString("record_key"),
                fields, date(rs.getDate("opened_on")), date(rs.getDate("closed_on")));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Map<String, String> raw(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return chunks;
    }
}
