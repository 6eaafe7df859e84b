package org.joinery.sources.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.PersonalDataStore;
import org.joinery.access.Purpose;
import org.joinery.linkage.model.PersonField;
import org.joinery.sources.CurrentRecord;
import org.joinery.sources.RecordDetails;
import org.joinery.sources.SourceRecords;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Source records as received and their history: the only class that touches source_record and
 * source_record_history. Every public method needs a grant from the access gate. Other modules reach it as
 * {@link SourceRecords}.
 */
@Component
@PersonalDataStore(tables = {"source_record", "source_record_history"})
class ExtractStore implements SourceRecords {

    static final String FIELD_COLUMNS = "forenames, surname, previous_surnames, sex, date_of_birth, address, town,"
            + " postcode, phone, email, nhs_number, ni_number";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int IN_LIST = 500;

    private static final int JDBC_BATCH = 1_000;
    // Many rows per INSERT statement: one round trip and one statement execution for each hundred new records.
    private static final int ROWS_PER_INSERT = 100;
    private static final String INSERT = "insert into source_record (source_id, record_key, first_batch_id, batch_id,"
            + " line_number, row_hash, raw_json, withdrawn, " + FIELD_COLUMNS + ", opened_on, closed_on, updated_at) values ";
    private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "update source_record set batch_id = ?, line_number = ?, row_hash = ?,"
            + " raw_json = ?, withdrawn = false, " + FIELD_COLUMNS.replace(",", " = ?,") + " = ?, opened_on = ?,"
            + " closed_on = ?, updated_at = ? where id = ?";
    private static final String HISTORY = "insert into source_record_history (source_record_id, batch_id, change,"
            + " row_hash, raw_json, recorded_at) values (?, ?, ?, ?, ?, ?)";
    private static final String WITHDRAW = "update source_record set withdrawn = true, batch_id = ?, updated_at = ?"
            + " where id = ?";
    private static final String HISTORY_AS_IS = "insert into source_record_history (source_record_id, batch_id, change,"
            + " row_hash, raw_json, recorded_at) select id, ?, ?, row_hash, raw_json, ? from source_record";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ExtractStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A record of the source as it stands, to compare a batch with. */
    private record Known(long id, String rowHash, boolean withdrawn) {
    }

    /**
     * Makes the source's records what a batch says (a full snapshot): new records inserted, changed rows updated,
     * unchanged ones untouched, records the batch lacks withdrawn, withdrawn ones it holds restored; every change
     * goes into the history. Runs in the caller's transaction, so the batch lands whole or not at all.
     *
     * @param rows     calls its argument with each row of the batch, streamed
     * @param progress told how many rows have been applied, now and then
     */
    public SnapshotCounts applySnapshot(Grant grant, UUID sourceId, UUID batchId, Instant now,
                                        Consumer<Consumer<IncomingRecord>> rows, IntConsumer progress) {
        grant.require(DataCategory.SOURCE_EXTRACT, Action.WRITE, Purpose.DATA_IMPORT);
        Map<String, Known> known = new HashMap<>();
        template.query(con -> {
            PreparedStatement select = con.prepareStatement(
                    "select id, record_key, row_hash, withdrawn from source_record where source_id = ?");
            select.setFetchSize(10_000);
            select.setObject(1, sourceId);
            return select;
        }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            known.put(rs.getString(2), new Known(rs.getLong(1), rs.getString(3), rs.getBoolean(4)));
        });
        Timestamp at = Timestamp.from(now);
        return template.execute((ConnectionCallback<SnapshotCounts>) con -> {
            List<IncomingRecord> added = new ArrayList<>(ROWS_PER_INSERT);
            try (PreparedStatement insert = con.prepareStatement(insert(ROWS_PER_INSERT));
                 PreparedStatement update = con.prepareStatement(UPDATE);
                 PreparedStatement history = con.prepareStatement(HISTORY);
                 PreparedStatement withdraw = con.prepareStatement(WITHDRAW);
                 PreparedStatement historyAsIs = con.prepareStatement(HISTORY_AS_IS + " where id = ?")) {
                int[] counts = new int[5];
                int[] pending = {0};
                rows.accept(record -> {
                    try {
                        Known was = known.remove(record.key());
                        if (was == null) {
                            added.add(record);
                            if (added.size() == ROWS_PER_INSERT) {
                                insertRows(insert, added, sourceId, batchId, at);
                                insert.addBatch();
                                added.clear();
                            }
                            counts[0]++;
                        } else if (was.withdrawn() || !was.rowHash().equals(record.rowHash())) {
                            int i = 1;
                            update.setObject(i++, batchId);
                            i = row(update, i, record);
                            update.setTimestamp(i++, at);
                            update.setLong(i, was.id());
                            update.addBatch();
                            historyRow(history, was.id(), batchId, was.withdrawn() ? "RESTORED" : "CHANGED", record, at);
                            counts[was.withdrawn() ? 4 : 1]++;
                        } else {
                            counts[2]++;
                        }
                        if (++pending[0] % JDBC_BATCH == 0) {
                            insert.executeBatch();
                            update.executeBatch();
                            history.executeBatch();
                            progress.accept(pending[0]);
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                insert.executeBatch();
                update.executeBatch();
                history.executeBatch();
                if (!added.isEmpty()) {
                    try (PreparedStatement rest = con.prepareStatement(insert(added.size()))) {
                        insertRows(rest, added, sourceId, batchId, at);
                        rest.executeUpdate();
                    }
                }
                progress.accept(pending[0]);
                int gone = 0;
                for (Known left : known.values()) {
                    if (!left.withdrawn()) {
                        withdraw.setObject(1, batchId);
                        withdraw.setTimestamp(2, at);
                        withdraw.setLong(3, left.id());
                        withdraw.addBatch();
                        historyAsIs.setObject(1, batchId);
                        historyAsIs.setString(2, "WITHDRAWN");
                        historyAsIs.setTimestamp(3, at);
                        historyAsIs.setLong(4, left.id());
                        historyAsIs.addBatch();
                        if (++gone % JDBC_BATCH == 0) {
                            historyAsIs.executeBatch();
                            withdraw.executeBatch();
                        }
                    }
                }
                historyAsIs.executeBatch();
                withdraw.executeBatch();
                counts[3] = gone;
                try (PreparedStatement newHistory = con.prepareStatement(HISTORY_AS_IS + " where first_batch_id = ?")) {
                    newHistory.setObject(1, batchId);
                    newHistory.setString(2, "NEW");
                    newHistory.setTimestamp(3, at);
                    newHistory.setObject(4, batchId);
                    newHistory.executeUpdate();
                }
                return new SnapshotCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
            }
        });
    }

    /** The source's records' history, newest first, for the administrators who import it. */
    public List<Map<String, Object>> history(Grant grant, UUID sourceId, String recordKey) {
        grant.require(DataCategory.SOURCE_EXTRACT, Action.READ, Purpose.DATA_IMPORT);
        return jdbc.sql("select h.change, h.batch_id, h.row_hash, h.raw_json, h.recorded_at from source_record_history h"
                        + " join source_record r on r.id = h.source_record_id where r.source_id = ? and r.record_key = ?"
                        + " order by h.id desc")
                .params(sourceId, recordKey).query().listOfRows();
    }

    private static String insert(int rows) {
        return INSERT + String.join(", ", java.util.Collections.nCopies(rows, INSERT_ROW));
    }

    private static void insertRows(PreparedStatement insert, List<IncomingRecord> records, UUID sourceId, UUID batchId,
                                   Timestamp at) throws SQLException {
        int i = 1;
        for (IncomingRecord record : records) {
            insert.setObject(i++, sourceId);
            insert.setString(i++, record.key());
            insert.setObject(i++, batchId);
            insert.setObject(i++, batchId);
            i = row(insert, i, record);
            insert.setTimestamp(i++, at);
        }
    }

    private static int row(PreparedStatement statement, int i, IncomingRecord record) throws SQLException {
        statement.setInt(i++, record.line());
        statement.setString(i++, record.rowHash());
        statement.setString(i++, record.rawJson());
        for (String field : record.fields()) {
            statement.setString(i++, field);
        }
        statement.setObject(i++, record.openedOn(), Types.DATE);
        statement.setObject(i++, record.closedOn(), Types.DATE);
        return i;
    }

    private static void historyRow(PreparedStatement history, long id, UUID batchId, String change, IncomingRecord record,
                                   Timestamp at) throws SQLException {
        history.setLong(1, id);
        history.setObject(2, batchId);
        history.setString(3, change);
        history.setString(4, record.rowHash());
        history.setString(5, record.rawJson());
        history.setTimestamp(6, at);
        history.addBatch();
    }

    /** Every current (not withdrawn) record of every source, for linkage, in id order. */
    @Override
    public void forEachCurrent(Grant grant, Consumer<CurrentRecord> each) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        jdbc.sql("select id, source_id, record_key, " + FIELD_COLUMNS + ", opened_on, closed_on from source_record"
                        + " where not withdrawn order by id")
                .query(rs -> {
                    each.accept(current(rs));
                });
    }

    /** These current records, for linkage (incremental runs). */
    @Override
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
    @Override
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
    @Override
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
    @Override
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

    // --- Incremental linking with the resident index reads only what batches landed: a batch's records are
    // written in its transaction, so a run that sees a batch sees all of them (safer than a time: a long
    // import's rows carry a time from before their commit). ---

    /** Every import batch landed so far. */
    @Override
    public List<UUID> batchIds(Grant grant) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        return jdbc.sql("select id from import_batch").query(UUID.class).list();
    }

    /** The current records these batches last wrote (new or changed), in id order within each batch chunk. */
    @Override
    public List<CurrentRecord> currentOfBatches(Grant grant, Collection<UUID> batches) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        List<CurrentRecord> found = new ArrayList<>();
        for (List<UUID> chunk : chunks(batches)) {
            found.addAll(jdbc.sql("select id, source_id, record_key, " + FIELD_COLUMNS + ", opened_on,"
                            + " closed_on from source_record where not withdrawn and batch_id in (:batches) order by id")
                    .param("batches", chunk).query((rs, n) -> current(rs)).list());
        }
        return found;
    }

    /** The records these batches withdrew. */
    @Override
    public List<Long> withdrawnByBatches(Grant grant, Collection<UUID> batches) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        List<Long> found = new ArrayList<>();
        for (List<UUID> chunk : chunks(batches)) {
            found.addAll(jdbc.sql("select id from source_record where withdrawn and batch_id in (:batches)")
                    .param("batches", chunk).query(Long.class).list());
        }
        return found;
    }

    /** How many records are current, and the sum of their ids. */
    @Override
    public SourceRecords.Census census(Grant grant) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        return jdbc.sql("select count(*), coalesce(sum(id), 0) from source_record where not withdrawn")
                .query((rs, n) -> new SourceRecords.Census(rs.getLong(1), rs.getLong(2))).single();
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

    private static <T> List<List<T>> chunks(Collection<T> ids) {
        List<T> all = List.copyOf(ids);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return chunks;
    }

    // --- A person registered at the front door becomes a record of their organisation's front-door source. ---

    /**
     * Adds one record to a front-door source, as a batch of one, with its history; returns its id. The grant:
     * WRITE IDENTITY for the source's organisation.
     */
    public long addFrontDoorRecord(Grant grant, UUID sourceId, UUID batchId, String recordKey, String[] fields,
                                   String rawJson, String rowHash, LocalDate openedOn, java.time.Instant now) {
        grant.require(DataCategory.IDENTITY, Action.WRITE, Purpose.DIRECT_CARE);
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        List<Object> values = new ArrayList<>(List.of(sourceId, recordKey, batchId, batchId, rowHash, rawJson));
        for (String field : fields) {
            values.add(field);
        }
        values.add(openedOn);
        values.add(at);
        jdbc.sql("insert into source_record (source_id, record_key, first_batch_id, batch_id, line_number, row_hash, raw_json, "
                        + FIELD_COLUMNS + ", opened_on, updated_at) values (?, ?, ?, ?, 1, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values).update();
        long id = jdbc.sql("select id from source_record where source_id = ? and record_key = ?")
                .params(sourceId, recordKey).query(Long.class).single();
        jdbc.sql("insert into source_record_history (source_record_id, batch_id, change, row_hash, raw_json, recorded_at)"
                        + " values (?, ?, 'NEW', ?, ?, ?)")
                .params(id, batchId, rowHash, rawJson, at).update();
        return id;
    }
}
