package org.joinery.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.joinery.platform.EmbeddedDatabase;
import org.joinery.testing.FaultTally;
import org.joinery.testing.JoineryProcess;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Disk full on the embedded database (fault suite): Joinery runs as a separate JVM whose files may not grow beyond
 * a little more than its database holds ({@code ulimit -f}, SIGXFSZ ignored, so a write beyond fails with EFBIG as
 * a full disk fails with ENOSPC). A practitioner starts involvements until a write cannot be saved: the page says
 * the disk is full and nothing was saved, the log says so, and once Joinery has space again its database opens,
 * the audit chain verifies, every acknowledged write is there and the one that failed is not there at all.
 */
@Tag("fault")
@ExtendWith(FaultTally.class)
class DiskFullTest {

    private static final long HEADROOM_KIB = 384;

    @TempDir
    Path folder;

    JoineryProcess application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aFullDiskGivesAClearErrorSavesNothingOfTheFailedWriteAndCorruptsNothing() throws Exception {
        JoineryProcess.Setup setup = JoineryProcess.Setup.embedded(folder);
        JoineryProcess.start(setup).stop(); // creates and migrates the embedded database
        Practice practice;
        try (var seeding = embedded(setup)) {
            practice = Practice.seed(new JdbcTemplate(seeding), 1);
        }
        Path database = Path.of(setup.environment().get("JOINERY_DATA_DIR")).resolve("joinery.mv.db");
        long limit = Files.size(database) / 1024 + HEADROOM_KIB;

        int fills = FaultTally.repetitions(3);
        long attempts = 0;
        for (int fill = 0; fill < fills; fill++) {
            application = JoineryProcess.start(setup.fileSizeLimitKb(limit));
            Practice.Practitioner worker = practice.practitioners.get(0);
            WebSession session = WebSession.signedIn(application.port(), worker.username());
            WebSession.Page failed = null;
            String failedReason = null;
            for (int i = 0; i < 2000 && failed == null; i++, attempts++) {
                String reason = String.format(Locale.ROOT, "Fill %d write %d: %s", fill, i, "housing advice ".repeat(60).strip());
                WebSession.Page page = practice.startInvolvement(session, worker, reason);
                if (page.status() != 302) {
                    failed = page;
                    failedReason = reason;
                }
            }
            assertThat(failed).as("a write failed for lack of space").isNotNull();
            assertThat(failed.status()).isEqualTo(507);
            assertThat(failed.document().select("h1").text())
                    .isEqualTo("Joinery could not save: the disk holding its database is full");
            assertThat(failed.document().getElementById("disk-full-not-saved").text()).contains("Nothing");
            assertThat(failed.document().getElementById("disk-full-what-to-do").text()).contains("free space");
            assertThat(application.log()).contains("Joinery could not save: the disk holding its database is full");
            application.kill9();

            // Space again: the next limit leaves room for this fill's writes and the next.
            limit += HEADROOM_KIB;
            application = JoineryProcess.start(setup);
            assertThat(WebSession.signedIn(application.port(), worker.username()).get("/residents/" + worker.written()
                    + "/involvements").status()).isEqualTo(200);
            application.stop();
            try (var reopened = embedded(setup)) {
                assertThat(new JdbcTemplate(reopened).queryForObject("select count(*) from involvement where reason = ?",
                        Integer.class, failedReason)).as("the write that failed left nothing").isZero();
            }
            limit = Math.max(limit, Files.size(database) / 1024 + HEADROOM_KIB);
        }

        long entries = JoineryProcess.verifyAuditChain(setup);
        Practice.Check check;
        try (var reopened = embedded(setup)) {
            check = practice.check(new JdbcTemplate(reopened));
        }
        FaultTally.record(new FaultTally.Figures("disk full on the embedded database", fills, entries, 0, 0,
                check.writesChecked(), check.lostAuditEntries() + check.lostWrites()));
        assertThat(check.writesChecked()).isPositive();
        assertThat(check.lostWrites()).isZero();
        assertThat(check.lostAuditEntries()).isZero();
        assertThat(attempts).isGreaterThan(fills);
    }

    private static SingleConnectionDataSource embedded(JoineryProcess.Setup setup) {
        return new SingleConnectionDataSource(EmbeddedDatabase.jdbcUrl(Path.of(setup.environment().get("JOINERY_DATA_DIR"))),
                "sa", "", true);
    }
}
