package org.joinery.linking.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.linking.LinkRun;
import org.joinery.linking.LinkageRuns;
import org.joinery.linking.RunResult;
import org.joinery.platform.EventPublications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Linkage runs on the one linkage thread, each asking the gate for grants as the actor who asked, its progress
 * shown while it runs and its failure recorded.
 */
@Service
class LinkageRunsService implements LinkageRuns {

    private static final Logger log = LoggerFactory.getLogger(LinkageRunsService.class);
    private static final Duration AWAIT_AT_MOST = Duration.ofHours(1);

    private final AccessGate gate;
    private final FullRun fullRun;
    private final IncrementalRun incrementalRun;
    private final ModelStore models;
    private final LinkRunStore runs;
    private final LinkingWorker worker;
    private final RunProgress progress;
    private final LinkedBatchStore linked;
    private final EventPublications publications;

    LinkageRunsService(AccessGate gate, FullRun fullRun, IncrementalRun incrementalRun, LinkRunStore runs, LinkingWorker worker,
                RunProgress progress, ModelStore models, LinkedBatchStore linked, EventPublications publications) {
        this.gate = gate;
        this.linked = linked;
        this.publications = publications;
        this.fullRun = fullRun;
        this.incrementalRun = incrementalRun;
        this.models = models;
        this.runs = runs;
        this.worker = worker;
        this.progress = progress;
    }

    @Override
    public RunResult linkAll(Actor actor) {
        return linkAll(actor, message -> { });
    }

    @Override
    public RunResult linkAll(Actor actor, Consumer<String> progressLines) {
        Grants grants = grants(actor);
        UUID runId = runs.start(LinkRun.FULL, actor.username());
        // On the one linkage thread, after any run already waiting: two runs must never interleave.
        return worker.call(() -> execute(runId, grants, actor, progressLines));
    }

    @Override
    public UUID startFullRun(Actor actor) {
        Grants grants = grants(actor);
        UUID runId = runs.start(LinkRun.FULL, actor.username());
        worker.submit(() -> execute(runId, grants, actor, message -> { }));
        return runId;
    }

    @Override
    public RunResult linkChanges(Actor actor) {
        if (models.active().isEmpty()) {
            return linkAll(actor);
        }
        Grants grants = grants(actor);
        UUID runId = runs.start(LinkRun.INCREMENTAL, actor.username());
        return worker.call(() -> execute(runId, grants, actor, message -> { }, null));
    }

    /**
     * Links the records landed batches wrote or withdrew, on the linkage thread after any run already waiting, and
     * returns once that run has committed. Decided there, after the runs before it: without a model there is nothing
     * to link with (the first full run, started by an administrator or the demo seeder once the sources are in,
     * trains one and links every record), and batches a run has already linked need no run.
     */
    void linkLanded(Actor actor, List<UUID> batches) {
        worker.call(() -> {
            if (models.active().isEmpty()) {
                log.info("No linkage model yet: new records wait for the first full run");
                return null;
            }
            if (linked.allLinked(batches)) {
                return null;
            }
            Grants grants = grants(actor);
            UUID runId = runs.start(LinkRun.INCREMENTAL, actor.username());
            return execute(runId, grants, actor, message -> { }, batches);
        });
    }

    private RunResult execute(UUID runId, Grants grants, Actor actor, Consumer<String> progressLines) {
        return execute(runId, grants, actor, progressLines, false, null);
    }

    /** An incremental run over the records of these batches (null: every record). */
    private RunResult execute(UUID runId, Grants grants, Actor actor, Consumer<String> progressLines, List<UUID> batches) {
        return execute(runId, grants, actor, progressLines, true, batches);
    }

    private RunResult execute(UUID runId, Grants grants, Actor actor, Consumer<String> progressLines, boolean incremental,
                              List<UUID> batches) {
        Consumer<String> shown = progress.of(runId).andThen(progressLines);
        try {
            return incremental ? incrementalRun.run(runId, batches, grants.read(), grants.write(), shown)
                    : fullRun.run(runId, grants.read(), grants.write(), actor.username(), shown);
        } catch (RuntimeException e) {
            log.error("Linkage run {} failed", runId, e);
            runs.fail(runId, "Failed, nothing was changed: " + e.getMessage());
            throw e;
        } finally {
            progress.done(runId);
        }
    }

    @Override
    public List<RunView> newest(Actor actor, int limit) {
        gate.authorise(actor, Action.READ, DataRef.of(DataCategory.LINKAGE, null), Purpose.RECORD_LINKAGE);
        return runs.newest(limit).stream().map(run -> new RunView(run, progress.latest(run.id()).orElse(null))).toList();
    }

    @Override
    public Optional<LinkRun> find(UUID runId) {
        return runs.find(runId);
    }

    @Override
    public void awaitIdle() {
        do {
            publications.awaitCompleted(AWAIT_AT_MOST);
            worker.awaitIdle();
        } while (!publications.completed());
    }

    private record Grants(Grant read, Grant write) {
    }

    private Grants grants(Actor actor) {
        DataRef linkage = DataRef.of(DataCategory.LINKAGE, null);
        return new Grants(gate.authorise(actor, Action.READ, linkage, Purpose.RECORD_LINKAGE),
                gate.authorise(actor, Action.WRITE, linkage, Purpose.RECORD_LINKAGE));
    }

    /** A run cannot survive the server stopping: mark any left running as failed (nothing of it was written). */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedRuns() {
        int interrupted = runs.failInterrupted();
        if (interrupted > 0) {
            log.warn("{} linkage run(s) were interrupted when Joinery stopped and are marked failed", interrupted);
        }
    }
}
