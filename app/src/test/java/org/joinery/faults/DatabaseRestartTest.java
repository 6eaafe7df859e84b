package org.joinery.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.joinery.testing.FaultTally;
import org.joinery.testing.JoineryProcess;
import org.joinery.testing.ThrowawayPostgres;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * PostgreSQL restarted while practitioners work (fault suite): Joinery runs as a separate JVM on a PostgreSQL server
 * of the test's own (never the shared one), signed-in practitioners search at the front door, open person pages and
 * start involvements, and the server is restarted under them: a clean restart and a crash ({@code pg_ctl stop -m
 * immediate}: recovery from the write-ahead log), three practitioners in the fast part; ten practitioners and six
 * restarts in the full fault run ({@code -Djoinery.faults=full}).
 * Requests in flight may fail, but afterwards every write that was acknowledged is in the database, every request
 * answered with data has its audit entry, the audit chain verifies, and Joinery has recovered by itself: the same
 * process answers every practitioner again.
 */
@Tag("fault")
@ExtendWith(FaultTally.class)
class DatabaseRestartTest {

    @TempDir
    Path folder;

    ThrowawayPostgres postgres;
    JoineryProcess application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void restartingPostgresqlUnderWorkingPractitionersLosesNothingAndJoineryRecoversByItself() throws Exception {
        postgres = ThrowawayPostgres.start();
        postgres.createDatabase("joinery");
        JoineryProcess.Setup setup = JoineryProcess.Setup.postgres(folder, postgres.url("joinery"), postgres.user(), null);
        application = JoineryProcess.start(setup);
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(postgres.url("joinery"), postgres.user(), ""));
        int users = FaultTally.fullRun() ? 10 : 3;
        Practice practice = Practice.seed(jdbc, users);
        long pid = application.pid();

        AtomicBoolean working = new AtomicBoolean(true);
        AtomicLong failed = new AtomicLong();
        AtomicLongArray lastAnswered = new AtomicLongArray(users);
        ExecutorService crowd = Executors.newFixedThreadPool(users);
        List<Future<?>> practitioners = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int index = u;
            Practice.Practitioner who = practice.practitioners.get(u);
            WebSession session = WebSession.signedIn(application.port(), who.username());
            practitioners.add(crowd.submit(() -> {
                for (int n = 0; working.get(); n++) {
                    try {
                        boolean answered = switch (n % 3) {
                            case 0 -> practice.search(session, who);
                            case 1 -> practice.view(session, who);
                            default -> practice.startInvolvement(session, who,
                                    String.format(Locale.ROOT, "Restart fault: %s write %d", who.username(), n)).status() == 302;
                        };
                        if (answered) {
                            lastAnswered.set(index, System.nanoTime());
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (RuntimeException | AssertionError e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }

        // A clean restart, then a crash (recovery from the write-ahead log); the full run alternates them six times.
        int restarts = FaultTally.repetitions(2, 6);
        for (int r = 0; r < restarts; r++) {
            Thread.sleep(FaultTally.fullRun() ? 2000 : 1500);
            postgres.restart(r % 2 == 0 ? "fast" : "immediate");
        }
        long restarted = System.nanoTime();
        long deadline = restarted + TimeUnit.SECONDS.toNanos(90);
        while (!everyoneAnsweredSince(lastAnswered, restarted) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        working.set(false);
        crowd.shutdown();
        assertThat(crowd.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        for (Future<?> practitioner : practitioners) {
            practitioner.get();
        }

        assertThat(everyoneAnsweredSince(lastAnswered, restarted)).as("every practitioner is answered again after the"
                + " last restart, by the same Joinery").isTrue();
        assertThat(postgres.log()).as("the crash was one: PostgreSQL recovered from its write-ahead log")
                .contains("automatic recovery in progress");
        assertThat(application.alive()).isTrue();
        assertThat(application.pid()).isEqualTo(pid);
        Practice.Check check = practice.check(jdbc);
        long entries = JoineryProcess.verifyAuditChain(setup);
        FaultTally.record(new FaultTally.Figures(String.format(Locale.ROOT, "PostgreSQL restarted under %d practitioners"
                + " (%d requests answered, %d failed while it was down)", users, practice.answered(), failed.get()),
                restarts, entries, 0, 0, check.writesChecked(), check.lostAuditEntries() + check.lostWrites()));
        assertThat(check.writesChecked()).isPositive();
        assertThat(check.lostWrites()).isZero();
        assertThat(check.lostAuditEntries()).isZero();
        assertThat(check.auditEntriesChecked()).isPositive();
    }

    private static boolean everyoneAnsweredSince(AtomicLongArray lastAnswered, long since) {
        for (int i = 0; i < lastAnswered.length(); i++) {
            if (lastAnswered.get(i) - since <= 0) {
                return false;
            }
        }
        return true;
    }
}
