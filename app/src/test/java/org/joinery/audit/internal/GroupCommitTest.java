package org.joinery.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRequest;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.audit.AuditChain;
import org.joinery.audit.AuditEntry;
import org.joinery.audit.AuditFixtures;
import org.joinery.audit.ChainVerification;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Group commit of audit entries ({@link AuditRecorder}): callers arriving together share a transaction, none is
 * answered before its entry is committed, a batch that cannot be committed refuses every caller in it and leaves
 * the chain as it was, and the chain is unbroken after many callers at once.
 */
@IntegrationTest
class GroupCommitTest {

    /** Callers held back together; fewer than H2's two-second lock timeout can keep waiting on the held head. */
    private static final int CALLERS = 24;

    @Autowired
    AccessGate gate;

    @Autowired
    AuditRecorder recorder;

    @Autowired
    AuditChain chain;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private final Actor officer = AuditFixtures.actor("batch.officer", UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);
    private final Actor checker = AuditFixtures.actor("batch.checker", UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);

    @Test
    void callersArrivingTogetherShareATransactionAndNoneIsAnsweredBeforeItsEntryIsCommitted() throws Exception {
        long commitsBefore = recorder.commits();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        List<Thread> threads = new CopyOnWriteArrayList<>();
        List<Future<Boolean>> answers = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Connection holder = dataSource.getConnection()) {
            // The test holds the chain head, as a slow commit would: the writer cannot append until it lets go.
            holder.setAutoCommit(false);
            try (Statement hold = holder.createStatement()) {
                hold.executeQuery("select last_seq from audit_head where id = 1 for update").close();
            }
            for (int i = 0; i < CALLERS; i++) {
                String subject = "batch-" + run + "-" + i;
                answers.add(callers.submit(() -> {
                    threads.add(Thread.currentThread());
                    AuditFixtures.allowed(gate, officer, subject);
                    // Answered: the entry must already be committed, so another connection sees it.
                    return entriesAbout(subject) == 1;
                }));
            }
            awaitAllWaiting(threads);
            assertThat(answers).as("no caller is answered while its entry cannot be committed").noneMatch(Future::isDone);
            assertThat(jdbc.sql("select count(*) from audit_entry where subject_id like ?").param("batch-" + run + "-%")
                    .query(Long.class).single()).isZero();
            holder.rollback();
        }
        for (Future<Boolean> answer : answers) {
            assertThat(answer.get(1, TimeUnit.MINUTES)).as("the caller's entry was committed when it was answered").isTrue();
        }
        callers.shutdown();
        long commits = recorder.commits() - commitsBefore;
        // The writer had taken at most the first caller when the head was held; everyone else waited for the next batch.
        assertThat(commits).as("transactions for " + CALLERS + " entries").isLessThanOrEqualTo(CALLERS / 4);
        assertIntact();
    }

    @Test
    void aBatchThatCannotBeCommittedRefusesEveryCallerInItAndLeavesTheChainAsItWas() {
        Map<String, Object> headBefore = head();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<AuditStore.Appending> batch = List.of(appending("doomed-" + run + "-1"), appending("doomed-" + run + "-2"),
                // An entry that cannot be written (no time), after two that were: the whole transaction must go.
                new AuditStore.Appending(request("doomed-" + run + "-3"), new Decision(true, "test", "allowed"), null),
                appending("doomed-" + run + "-4"));

        List<CompletableFuture<AuditEntry>> callers = recorder.commitTogether(batch);

        assertThat(callers).as("every caller in the batch is refused").allSatisfy(caller -> {
            assertThat(caller).isCompletedExceptionally();
            assertThat(catchThrowable(caller::join)).isNotNull();
        });
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_id like ?").param("doomed-" + run + "-%")
                .query(Long.class).single()).as("nothing of the batch was kept").isZero();
        assertThat(head()).as("the chain head did not move").isEqualTo(headBefore);
        AuditFixtures.allowed(gate, officer, "after-" + run);
        assertThat(jdbc.sql("select seq from audit_entry where subject_id = ?").param("after-" + run).query(Long.class).single())
                .as("the next entry follows the head as it was").isEqualTo(((Number) headBefore.get("last_seq")).longValue() + 1);
        assertIntact();
    }

    @Test
    void theChainIsUnbrokenAfterManyCallersAtOnce() throws Exception {
        int threads = 16;
        int decisionsEach = 40;
        long before = chain.verify(checker).lastSeq();
        long commitsBefore = recorder.commits();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Actor actor = AuditFixtures.actor("crowd" + t, UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < decisionsEach; i++) {
                        if (i % 3 == 0) {
                            AuditFixtures.refused(gate, actor, "crowd-" + i);
                        } else {
                            AuditFixtures.allowed(gate, actor, "crowd-" + i);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long appended = (long) threads * decisionsEach;
        assertThat(recorder.commits() - commitsBefore).as("transactions for " + appended + " entries").isLessThan(appended);
        ChainVerification after = chain.verify(checker);
        assertThat(after.intact()).as(after.toString()).isTrue();
        assertThat(after.lastSeq()).isEqualTo(before + appended + 1);
        assertThat(after.entriesChecked()).isEqualTo(after.lastSeq());
    }

    private void assertIntact() {
        ChainVerification verification = chain.verify(checker);
        assertThat(verification.intact()).as(verification.toString()).isTrue();
    }

    /** Waits (under a second, well inside H2's lock timeout) until every caller is parked waiting for its batch. */
    private static void awaitAllWaiting(List<Thread> threads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(800);
        while (System.nanoTime() < deadline) {
            List<Thread> started = List.copyOf(threads);
            if (started.size() == CALLERS && started.stream().allMatch(t -> t.getState() == Thread.State.TIMED_WAITING)) {
                return;
            }
            Thread.sleep(10);
        }
    }

    private long entriesAbout(String subject) {
        return jdbc.sql("select count(*) from audit_entry where subject_id = ?").param(subject).query(Long.class).single();
    }

    private Map<String, Object> head() {
        return jdbc.sql("select last_seq, last_hash from audit_head where id = 1").query().singleRow();
    }

    private AccessRequest request(String subject) {
        return new AccessRequest(officer, Action.READ, new DataRef(DataCategory.AUDIT_LOG, subject, null,
                officer.organisationId()), Purpose.AUDIT_OVERSIGHT);
    }

    private AuditStore.Appending appending(String subject) {
        return new AuditStore.Appending(request(subject), new Decision(true, "test", "allowed"), Instant.now());
    }
}
