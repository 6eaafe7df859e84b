package org.joinery.sources.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.joinery.sources.ImportJob;
import org.joinery.sources.ImportOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Uploads being imported in the background, so the upload returns at once and the job page can show progress.
 * Jobs live in memory: a rejected upload's error report lasts until the application restarts (the batch changed
 * nothing, so there is nothing else to keep); a landed batch is in import_batch for good.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    /** One import: its source, progress and, once finished, its outcome (or the failure that stopped it). */
    static final class Job implements ImportJob {
        private final UUID id;
        private final String sourceName;
        private final String fileName;
        private final ImportProgress progress = new ImportProgress();
        private volatile ImportOutcome outcome;
        private volatile String failure;

        Job(UUID id, String sourceName, String fileName) {
            this.id = id;
            this.sourceName = sourceName;
            this.fileName = fileName;
        }

        @Override
        public UUID id() {
            return id;
        }

        @Override
        public String sourceName() {
            return sourceName;
        }

        @Override
        public String fileName() {
            return fileName;
        }

        @Override
        public ImportProgress progress() {
            return progress;
        }

        @Override
        public ImportOutcome outcome() {
            return outcome;
        }

        @Override
        public String failure() {
            return failure;
        }

        @Override
        public boolean finished() {
            return outcome != null || failure != null;
        }
    }

    // One import at a time: each holds its source's lock and one large transaction, and the machine is shared.
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "joinery-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    /** Starts the import; the file is deleted when it finishes. */
    public Job start(String sourceName, String fileName, Path file, java.util.function.Function<Job, ImportOutcome> work) {
        Job job = new Job(UUID.randomUUID(), sourceName, fileName);
        jobs.put(job.id(), job);
        runner.execute(() -> {
            try {
                job.outcome = work.apply(job);
            } catch (RuntimeException e) {
                LOG.error("Import {} of {} into {} failed", job.id(), fileName, sourceName, e);
                job.failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            } finally {
                delete(file);
            }
        });
        return job;
    }

    public Optional<Job> find(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            LOG.warn("Could not delete the uploaded file {}", file, e);
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
