package org.joinery.sources.internal;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.linkage.data.RowMapper;
import org.joinery.sources.Batch;
import org.joinery.sources.BatchLanded;
import org.joinery.sources.EventDates;
import org.joinery.sources.ImportOutcome;
import org.joinery.sources.RowError;
import org.joinery.sources.Source;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports one extract into its source: passes the access gate, checks the whole extract, and only if nothing is
 * wrong applies it as a full snapshot in one transaction, which also announces {@link BatchLanded} (its listeners
 * hear of it after the commit).
 * The same extract again (same SHA-256) changes nothing. Uploads, the API and the demo seed all come here.
 */
@Service
class BatchImport {

    enum Channel { UPLOAD, API, SEED }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchImport.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AccessGate gate;
    private final ExtractStore store;
    private final BatchStore batches;
    private final SourceStore sources;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BatchImport(AccessGate gate, ExtractStore store, BatchStore batches, SourceStore sources, TransactionTemplate transaction,
                ApplicationEventPublisher events, Clock clock) {
        this.gate = gate;
        this.store = store;
        this.batches = batches;
        this.sources = sources;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** Asks the gate whether the actor may import into the source; refusals throw and are audited. */
    public Grant authorise(Actor actor, Source source) {
        return gate.authorise(actor, Action.WRITE, new DataRef(DataCategory.SOURCE_EXTRACT, null, source.name(),
                source.organisationId()), Purpose.DATA_IMPORT);
    }

    /**
     * Imports the extract; nothing changes unless the whole extract is right.
     *
     * @param checksum the SHA-256 of the extract as received
     * @param badLine  the line of the first byte that is not UTF-8, or 0
     */
    public ImportOutcome run(Grant grant, Source source, Extract extract, String checksum, int badLine, String fileName,
                             Channel channel, UUID batchId, ImportProgress progress) {
        String by = grant.request().actor().username();
        progress.stage(ImportProgress.Stage.CHECKING);
        try {
            if (badLine > 0) {
                return ImportOutcome.rejected(batchId, 0, List.of(new RowError(badLine, 0, null, "line " + badLine
                        + ": the file is not UTF-8, so its text cannot be read reliably: in Excel use Save As"
                        + " \"CSV UTF-8 (comma delimited)\", or save it as CSV with UTF-8 encoding, and upload it again")), 1);
            }
            Optional<Batch> before = batches.withChecksum(source.id(), checksum);
            if (before.isPresent()) {
                return already(before.get());
            }
            long started = System.nanoTime();
            SourceShape shape = SourceShape.of(source, sources.columns(source.id()).orElse(null));
            ExtractValidation.Checked checked = new ExtractValidation(shape).check(extract, progress::validated);
            progress.rows(checked.rows());
            if (!checked.passed()) {
                return ImportOutcome.rejected(batchId, checked.rows(), checked.errors(), checked.errorCount());
            }
            long checkedAt = System.nanoTime();
            progress.stage(ImportProgress.Stage.APPLYING);
            ImportOutcome landed = transaction.execute(status -> {
                batches.lockSource(source.id());
                // Another import of the same extract may have landed while this one waited for the lock.
                Optional<Batch> meanwhile = batches.withChecksum(source.id(), checksum);
                if (meanwhile.isPresent()) {
                    return already(meanwhile.get());
                }
                Instant now = clock.instant();
                batches.open(batchId, source.id(), checksum, fileName, channel.name(), now, by, checked.rows());
                sources.fixColumnsIfUnknown(source.id(), checked.header());
                RowMapper mapper = new RowMapper(shape.mapping(), checked.header().toArray(String[]::new));
                EventDates dates = new EventDates(shape.mapping());
                SnapshotCounts counts = store.applySnapshot(grant, source.id(), batchId, now,
                        sink -> extract.forEachRow((line, row, fields) -> sink.accept(incoming(mapper, dates, shape, line, fields))),
                        progress::applied);
                batches.close(batchId, counts);
                ImportOutcome outcome = new ImportOutcome(batchId, ImportOutcome.Status.LANDED, checked.rows(), counts.added(),
                        counts.changed() + counts.restored(), counts.unchanged(), counts.withdrawn(), counts.restored(),
                        List.of(), 0);
                // In the batch's transaction: the event publication registry stores it with the batch, so its
                // listeners hear of it once the batch is committed, and again after a restart until they have finished.
                events.publishEvent(new BatchLanded(source.id(), batchId, outcome.added(), outcome.changed(),
                        outcome.withdrawn()));
                return outcome;
            });
            LOG.info("Batch {} of {}: {} rows checked in {} ms, applied in {} ms ({})", batchId, source.name(), checked.rows(),
                    (checkedAt - started) / 1_000_000, (System.nanoTime() - checkedAt) / 1_000_000, landed.status());
            return landed;
        } finally {
            progress.stage(ImportProgress.Stage.DONE);
        }
    }

    private static ImportOutcome already(Batch batch) {
        return new ImportOutcome(batch.id(), ImportOutcome.Status.ALREADY_RECEIVED, batch.rowsTotal(), 0, 0, batch.rowsTotal(),
                0, 0, List.of(), 0);
    }

    private static IncomingRecord incoming(RowMapper mapper, EventDates dates, SourceShape shape, int line, String[] fields) {
        String[] header = mapper.header();
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            raw.put(header[i], fields[i]);
        }
        String json = JSON.writeValueAsString(raw);
        RowMapper.MappedRow mapped = mapper.map(fields);
        List<String> columns = Arrays.asList(header);
        return new IncomingRecord(mapped.recordId(), line, sha256(json), json, mapped.fields(),
                date(dates, columns, shape.openedColumn(), fields), date(dates, columns, shape.closedColumn(), fields));
    }

    private static LocalDate date(EventDates dates, List<String> header, String column, String[] fields) {
        int index = column == null ? -1 : header.indexOf(column);
        return index < 0 || fields[index].isEmpty() ? null : dates.read(fields[index]);
    }

    private static String sha256(String text) {
        MessageDigest digest = Utf8Scan.sha256();
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
