package org.joinery.linking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.access.Actor;

/**
 * Linkage runs for pages, commands and the demo seeder: start a full run in the background, run one now, and
 * list runs with their progress. Every run passes the access gate as the actor who asked (Joinery itself, or a
 * host-organisation administrator).
 */
public interface LinkageRuns {

    /** Links every current record now, in the caller's thread (the demo seeder, commands); throws if refused. */
    RunResult linkAll(Actor actor);

    /** As {@link #linkAll(Actor)}, telling each progress line as the run goes. */
    RunResult linkAll(Actor actor, Consumer<String> progressLines);

    /** Starts a full run on the background thread (after any run already waiting); returns its id. */
    UUID startFullRun(Actor actor);

    /**
     * Links the records new, changed or withdrawn since they were last linked, now, in the caller's thread; a
     * full run instead when there is no model yet.
     */
    RunResult linkChanges(Actor actor);

    /** The newest runs first, each with its latest progress line while it runs (a grant to read LINKAGE). */
    List<RunView> newest(Actor actor, int limit);

    Optional<LinkRun> find(UUID runId);

    /**
     * Waits until every event published so far has been heard out (a batch landed is linked, a run's persons have
     * updated the resident index and the involvements) and the background runs submitted so far have finished
     * (commands and tests).
     */
    void awaitIdle();

    /** A run and, while it runs, what it is doing. */
    record RunView(LinkRun run, String progress) {
    }
}
