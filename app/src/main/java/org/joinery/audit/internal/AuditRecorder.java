package org.joinery.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.joinery.access.AccessRecorder;
import org.joinery.access.AccessRequest;
import org.joinery.access.Decision;
import org.joinery.access.SearchSubject;
import org.joinery.audit.AuditEntry;
import org.joinery.audit.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Records each access decision in a transaction of the audit log's own, on its own connections, so that the
 * record stands even when the work it allowed later fails or a refusal rolls the caller back, and so that
 * recording never waits for a connection that request work holds.
 *
 * <p>Group commit: every append locks the chain head, so appends are one at a time whatever happens; rather
 * than each request taking the lock in a transaction of its own, one writer thread takes every decision
 * waiting and appends them all in one transaction under one lock. A caller is answered only once the batch
 * holding its entry has committed; if that commit fails, every caller in the batch is told so and the gate
 * refuses them all (no record, no access).
 */
@Component
class AuditRecorder implements AccessRecorder, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

    /** Most entries in one transaction: a burst is cut into batches that each commit quickly. */
    static final int MOST_IN_A_BATCH = 500;

    /**
     * How long a caller waits for its batch before it is refused. An entry committed after that only records
     * an access that was in the end refused: more recorded than done, never less.
     */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    /** A decision waiting to be appended, and the caller waiting for it. */
    private record Pending(AuditStore.Appending appending, CompletableFuture<AuditEntry> durable) {
    }

    private final AuditStore entries;
    private final AuditConnections connections;
    private final Clock clock;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final AtomicLong commits = new AtomicLong();
    private final Thread writer;
    private volatile boolean stopping;

    AuditRecorder(AuditStore entries, AuditConnections connections, Clock clock) {
        this.entries = entries;
        this.connections = connections;
        this.clock = clock;
        this.writer = new Thread(this::write, "audit-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Returns once the decision's entry is committed; throws if it could not be. */
    @Override
    public void record(AccessRequest request, Decision decision) {
        record(request, decision, null);
    }

    /**
     * Returns once the decision's entry, with its search subject if any, is committed; throws if it could not be.
     * The channel is read here, on the caller's thread, which is answering the web request; the writer is not.
     */
    @Override
    public void record(AccessRequest request, Decision decision, SearchSubject subject) {
        appendAndWait(List.of(new AuditStore.Appending(request, decision, clock.instant(), Channel.current(), subject)));
    }

    /** Queues the decisions together, so they usually share one commit; returns once every entry is committed. */
    @Override
    public void recordAll(List<AccessRequest> requests, List<Decision> decisions) {
        Channel channel = Channel.current();
        List<AuditStore.Appending> appendings = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            appendings.add(new AuditStore.Appending(requests.get(i), decisions.get(i), clock.instant(), channel, null));
        }
        appendAndWait(appendings);
    }

    private void appendAndWait(List<AuditStore.Appending> appendings) {
        if (stopping) {
            throw new IllegalStateException("The audit log is shutting down");
        }
        List<Pending> pendings = appendings.stream().map(a -> new Pending(a, new CompletableFuture<>())).toList();
        waiting.addAll(pendings);
        try {
            long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
            for (Pending pending : pendings) {
                pending.durable().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the access was being recorded", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The access could not be recorded", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The audit log did not record the access within " + LONGEST_WAIT, e);
        }
    }

    /** Transactions committed so far, each holding one batch. */
    long commits() {
        return commits.get();
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (!stopping || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MOST_IN_A_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                if (!stopping) {
                    log.warn("The audit writer was interrupted; it carries on");
                }
            } catch (RuntimeException | Error e) {
                // commit() answers every caller; this only keeps the writer alive for the next batch
                log.error("The audit writer failed", e);
            } finally {
                batch.clear();
            }
        }
    }

    /** Commits the decisions as one batch, as the writer would; for a test that needs to choose a batch. */
    List<CompletableFuture<AuditEntry>> commitTogether(List<AuditStore.Appending> decisions) {
        List<Pending> batch = decisions.stream().map(d -> new Pending(d, new CompletableFuture<AuditEntry>())).toList();
        commit(batch);
        return batch.stream().map(Pending::durable).toList();
    }

    /** Appends the batch in one transaction and answers each caller: all committed, or all refused. */
    private void commit(List<Pending> batch) {
        List<AuditEntry> appended;
        try {
            appended = connections.inOwnTransaction(() -> entries.appendAll(batch.stream().map(Pending::appending).toList()));
        } catch (RuntimeException | Error e) {
            log.error("{} access decisions could not be recorded in the audit log; each is refused", batch.size(), e);
            batch.forEach(pending -> pending.durable().completeExceptionally(e));
            return;
        }
        commits.incrementAndGet();
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).durable().complete(appended.get(i));
        }
    }

    /** Appends what is waiting, then stops; the audit connections close after this (they are a dependency). */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        writer.join(LONGEST_WAIT.toMillis());
    }
}
