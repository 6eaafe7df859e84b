package org.joinery.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.joinery.access.AccessGate;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Many users at once still make one unbroken chain, and a check running meanwhile sees no false break. */
@IntegrationTest
class ConcurrentAppendTest {

    private static final int THREADS = 4;
    private static final int DECISIONS_EACH = 50;

    @Autowired
    AccessGate gate;

    @Autowired
    AuditChain chain;

    @Test
    void concurrentDecisionsMakeOneUnbrokenChain() throws Exception {
        Actor checker = AuditFixtures.actor("checker", UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);
        long before = chain.verify(checker).lastSeq();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean appending = new AtomicBoolean(true);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Actor actor = AuditFixtures.actor("user" + t, UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < DECISIONS_EACH; i++) {
                        if (i % 2 == 0) {
                            AuditFixtures.allowed(gate, actor, "subject-" + i);
                        } else {
                            AuditFixtures.refused(gate, actor, "subject-" + i);
                        }
                    }
                    return null;
                }));
            }
            Future<List<ChainVerification>> checksMeanwhile = pool.submit(() -> {
                start.await();
                List<ChainVerification> results = new ArrayList<>();
                while (appending.get()) {
                    results.add(chain.verify(checker));
                }
                return results;
            });
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            appending.set(false);
            List<ChainVerification> meanwhile = checksMeanwhile.get(2, TimeUnit.MINUTES);

            assertThat(meanwhile).allSatisfy(check -> assertThat(check.intact()).as(check.toString()).isTrue());
            ChainVerification after = chain.verify(checker);
            assertThat(after.intact()).as(after.toString()).isTrue();
            long appended = (long) THREADS * DECISIONS_EACH + meanwhile.size() + 1;
            assertThat(after.lastSeq()).isEqualTo(before + appended);
            assertThat(after.entriesChecked()).isEqualTo(after.lastSeq());
        } finally {
            pool.shutdownNow();
        }
    }
}
