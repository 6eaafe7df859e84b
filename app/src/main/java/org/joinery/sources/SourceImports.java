package org.joinery.sources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.joinery.access.Actor;
import org.joinery.access.Grant;
import org.joinery.sources.imports.BatchImport;
import org.joinery.sources.imports.CsvExtract;
import org.joinery.sources.imports.ImportJobs;
import org.joinery.sources.imports.ImportProgress;
import org.joinery.sources.imports.JsonExtract;
import org.joinery.sources.imports.Utf8Scan;
import org.springframework.stereotype.Service;

/**
 * Imports extracts into sources: the one path for uploads, the API and the demo seed. Each import passes the
 * access gate (refusals throw {@link org.joinery.access.AccessRefused}, audited) and lands whole or not at all.
 */
@Service
public class SourceImports {

    private final Sources sources;
    private final BatchImport batches;
    private final ImportJobs jobs;

    SourceImports(Sources sources, BatchImport batches, ImportJobs jobs) {
        this.sources = sources;
        this.batches = batches;
        this.jobs = jobs;
    }

    /** Imports a CSV file now and says what became of it (the demo seed and the bench call this). */
    public ImportOutcome importCsv(Actor actor, String sourceName, Path file) {
        Source source = source(sourceName);
        Grant grant = batches.authorise(actor, source);
        return csv(grant, source, file, file.getFileName().toString(), new ImportProgress(),
                actor.isSystem() ? BatchImport.Channel.SEED : BatchImport.Channel.UPLOAD, java.util.UUID.randomUUID());
    }

    /**
     * Starts importing an uploaded CSV file in the background (the file is deleted afterwards); the job's id is
     * the batch's id.
     */
    public ImportJobs.Job startUpload(Actor actor, String sourceName, Path file, String fileName) {
        Source source = source(sourceName);
        Grant grant = batches.authorise(actor, source);
        return jobs.start(sourceName, fileName, file,
                job -> csv(grant, source, file, fileName, job.progress(), BatchImport.Channel.UPLOAD, job.id()));
    }

    /**
     * Imports records sent to the API, each an object of column name to text.
     *
     * @param body the request body as received: its SHA-256 recognises the same batch sent again
     */
    public ImportOutcome importRows(Actor actor, String sourceName, List<Map<String, String>> records, byte[] body) {
        Source source = source(sourceName);
        Grant grant = batches.authorise(actor, source);
        return batches.run(grant, source, new JsonExtract(records), sha256(body), 0, "api", BatchImport.Channel.API,
                java.util.UUID.randomUUID(), new ImportProgress());
    }

    /** Asks the gate whether the actor may import into the source (audited); throws if not. */
    public void authorise(Actor actor, String sourceName) {
        batches.authorise(actor, source(sourceName));
    }

    private ImportOutcome csv(Grant grant, Source source, Path file, String fileName, ImportProgress progress,
                              BatchImport.Channel channel, java.util.UUID batchId) {
        Utf8Scan.Result scan = Utf8Scan.scan(file);
        return batches.run(grant, source, new CsvExtract(file, fileName), scan.sha256(), scan.badLine(), fileName, channel,
                batchId, progress);
    }

    private Source source(String name) {
        return sources.named(name).orElseThrow(() -> new NoSuchSource(name));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
