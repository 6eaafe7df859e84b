package org.joinery.sources.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.Grant;
import org.joinery.sources.Batch;
import org.joinery.sources.ImportJob;
import org.joinery.sources.ImportOutcome;
import org.joinery.sources.NoSuchSource;
import org.joinery.sources.Source;
import org.joinery.sources.SourceImports;
import org.springframework.stereotype.Service;

/** Reads each extract as it came (a CSV file or the API's records) and hands it to {@link BatchImport}. */
@Service
class SourceImporter implements SourceImports {

    private final SourceStore sources;
    private final BatchImport batches;
    private final ImportJobs jobs;
    private final BatchStore received;

    SourceImporter(SourceStore sources, BatchImport batches, ImportJobs jobs, BatchStore received) {
        this.sources = sources;
        this.batches = batches;
        this.jobs = jobs;
        this.received = received;
    }

    @Override
    public ImportOutcome importCsv(Actor actor, String sourceName, Path file) {
        Source source = source(sourceName);
        Grant grant = batches.authorise(actor, source);
        return csv(grant, source, file, file.getFileName().toString(), new ImportProgress(),
                actor.isSystem() ? BatchImport.Channel.SEED : BatchImport.Channel.UPLOAD, java.util.UUID.randomUUID());
    }

    @Override
    public ImportJob startUpload(Actor actor, String sourceName, Path file, String fileName) {
        Source source = source(sourceName);
        Grant grant = batches.authorise(actor, source);
        return jobs.start(sourceName, fileName, file,
                job -> csv(grant, source, file, fileName, job.progress(), BatchImport.Channel.UPLOAD, job.id()));
    }

    @Override
    public ImportOutcome importRows(Actor actor, String sourceName, List<Map<String, String>> records, byte[] body) {
        Source source = source(sourceName);
        Grant grant = batches.authorise(actor, source);
        return batches.run(grant, source, new JsonExtract(records), sha256(body), 0, "api", BatchImport.Channel.API,
                java.util.UUID.randomUUID(), new ImportProgress());
    }

    @Override
    public void authorise(Actor actor, String sourceName) {
        batches.authorise(actor, source(sourceName));
    }

    @Override
    public Optional<ImportJob> job(UUID id) {
        return jobs.find(id).map(ImportJob.class::cast);
    }

    @Override
    public Optional<Batch> batch(UUID batchId) {
        return received.find(batchId);
    }

    @Override
    public List<Batch> batches(UUID sourceId) {
        return received.ofSource(sourceId);
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
