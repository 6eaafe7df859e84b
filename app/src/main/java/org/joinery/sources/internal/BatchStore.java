package org.joinery.sources.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.sources.Batch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The batches each source has received (import_batch): what arrived, when, from whom, and what it changed. */
@Component
class BatchStore {

    private static final String COLUMNS = "id, source_id, checksum, file_name, channel, received_at, received_by, rows_total,"
            + " rows_new, rows_changed, rows_unchanged, rows_withdrawn";

    private final JdbcClient jdbc;

    BatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Batch> withChecksum(UUID sourceId, String checksum) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where source_id = ? and checksum = ?")
                .params(sourceId, checksum).query(Batch.class).optional();
    }

    Optional<Batch> find(UUID batchId) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where id = ?").param(batchId).query(Batch.class).optional();
    }

    List<Batch> ofSource(UUID sourceId) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where source_id = ? order by received_at desc, id")
                .param(sourceId).query(Batch.class).list();
    }

    /**
     * Holds the source until the transaction ends, so that two batches of one source never apply at once: the
     * second waits, then compares with what the first left.
     */
    void lockSource(UUID sourceId) {
        jdbc.sql("select id from source where id = ? for update").param(sourceId).query(UUID.class).list();
    }

    void open(UUID batchId, UUID sourceId, String checksum, String fileName, String channel, Instant at, String by,
                     int rows) {
        jdbc.sql("""
                insert into import_batch (id, source_id, checksum, file_name, channel, received_at, received_by,
                                          rows_total, rows_new, rows_changed, rows_unchanged, rows_withdrawn)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)""")
                .params(batchId, sourceId, checksum, fileName, channel, Timestamp.from(at), by, rows).update();
    }

    void close(UUID batchId, SnapshotCounts counts) {
        jdbc.sql("update import_batch set rows_new = ?, rows_changed = ?, rows_unchanged = ?, rows_withdrawn = ? where id = ?")
                .params(counts.added(), counts.changed() + counts.restored(), counts.unchanged(), counts.withdrawn(), batchId)
                .update();
    }
}
