package org.joinery.sources.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The batches each source has received (import_batch): what arrived, when, from whom, and what it changed. */
@Component
public class BatchLog {

    /** One batch as listed on its source's page. */
    public record Batch(UUID id, UUID sourceId, String checksum, String fileName, String channel, OffsetDateTime receivedAt,
                        String receivedBy, int rowsTotal, int rowsNew, int rowsChanged, int rowsUnchanged,
                        int rowsWithdrawn) {
    }

    private static final String COLUMNS = "id, source_id, checksum, file_name, channel, received_at, received_by, rows_total,"
            + " rows_new, rows_changed, rows_unchanged, rows_withdrawn";

    private final JdbcClient jdbc;

    BatchLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Batch> withChecksum(UUID sourceId, String checksum) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where source_id = ? and checksum = ?")
                .params(sourceId, checksum).query(Batch.class).optional();
    }

    public Optional<Batch> find(UUID batchId) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where id = ?").param(batchId).query(Batch.class).optional();
    }

    public List<Batch> ofSource(UUID sourceId) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where source_id = ? order by received_at desc, id")
                .param(sourceId).query(Batch.class).list();
    }

    /**
     * Holds the source until the transaction ends, so that two batches of one source never apply at once: the
     * second waits, then compares with what the first left.
     */
    public void lockSource(UUID sourceId) {
        jdbc.sql("select id from source where id = ? for update").param(sourceId).query(UUID.class).list();
    }

    public void open(UUID batchId, UUID sourceId, String checksum, String fileName, String channel, Instant at, String by,
                     int rows) {
        jdbc.sql("""
                insert into import_batch (id, source_id, checksum, file_name, channel, received_at, received_by,
                                          rows_total, rows_new, rows_changed, rows_unchanged, rows_withdrawn)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)""")
                .params(batchId, sourceId, checksum, fileName, channel, Timestamp.from(at), by, rows).update();
    }

    public void close(UUID batchId, SnapshotCounts counts) {
        jdbc.sql("update import_batch set rows_new = ?, rows_changed = ?, rows_unchanged = ?, rows_withdrawn = ? where id = ?")
                .params(counts.added(), counts.changed() + counts.restored(), counts.unchanged(), counts.withdrawn(), batchId)
                .update();
    }
}
