package org.joinery.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.joinery.access.AccessRecorder;
import org.joinery.access.AccessRequest;
import org.joinery.access.Decision;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The gate's recorder for a module test that boots a module without the audit module (which reaches into more
 * modules than the one under test needs): the decisions are kept in memory, where the test can read them. The audit
 * module's own module test, and every integration test, record to the real audit log.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedDecisions {

    /** The decisions recorded so far, oldest first. */
    public static final class Log implements AccessRecorder {

        private final List<Decision> decisions = new CopyOnWriteArrayList<>();

        @Override
        public void record(AccessRequest request, Decision decision) {
            decisions.add(decision);
        }

        public List<Decision> decisions() {
            return List.copyOf(decisions);
        }
    }

    @Bean
    Log recordedDecisions() {
        return new Log();
    }
}
