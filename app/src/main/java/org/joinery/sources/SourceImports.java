package org.joinery.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Actor;

/**
 * Imports extracts into sources: the one path for uploads, the API and the demo seed. Each import passes the
 * access gate (refusals throw {@link org.joinery.access.AccessRefused}, audited) and lands whole or not at all.
 */
public interface SourceImports {

    /** Imports a CSV file now and says what became of it (the demo seed and the bench call this). */
    ImportOutcome importCsv(Actor actor, String sourceName, Path file);

    /**
     * Starts importing an uploaded CSV file in the background (the file is deleted afterwards); the job's id is
     * the batch's id.
     */
    ImportJob startUpload(Actor actor, String sourceName, Path file, String fileName);

    /**
     * Imports records sent to the API, each an object of column name to text.
     *
     * @param body the request body as received: its SHA-256 recognises the same batch sent again
     */
    ImportOutcome importRows(Actor actor, String sourceName, List<Map<String, String>> records, byte[] body);

    /** Asks the gate whether the actor may import into the source (audited); throws if not. */
    void authorise(Actor actor, String sourceName);

    /** An upload being imported, or imported since the application started. */
    Optional<ImportJob> job(UUID id);

    /** A batch that landed. */
    Optional<Batch> batch(UUID batchId);

    /** The batches the source has received, newest first. */
    List<Batch> batches(UUID sourceId);
}
