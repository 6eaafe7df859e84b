package org.joinery.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.joinery.access.Role;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.data.SyntheticPeople;
import org.joinery.linkage.model.PersonField;
import org.joinery.linking.LinkRun;
import org.joinery.testing.FaultTally;
import org.joinery.testing.JoineryProcess;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestDatabase;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A full link run killed while it writes (fault suite): Joinery runs as a separate JVM on a fresh PostgreSQL schema;
 * a host administrator starts a full run, and Joinery is killed with SIGKILL while the run's one transaction is
 * writing. The kill is not timed: the test holds a lock the run's transaction needs next, waits until PostgreSQL
 * shows this Joinery's connection blocked on it with the run's rows written but not committed, and kills then. After
 * a restart nothing of that run is visible, the run is marked failed, every run start acknowledged has its audit
 * entry, the audit chain verifies, and the same run started again lands whole.
 *
 * <p>The fast part (CI) kills one run over a small register just before it commits, with every person, pair and
 * linked batch written. The full fault run ({@code -Djoinery.faults=full}) uses a register of 40,000 records and
 * kills several runs, alternately before the pairs are replaced and before the run commits, each later run over
 * the persons a finished run left, which must then be exactly as that run left them.
 */
@Tag("integration")
@Tag("postgresql-only")
@Tag("fault")
@ExtendWith(FaultTally.class)
class LinkRunCrashTest {

    /** Where a run is stopped: a lock the run's transaction asks for at that point, and the statement that waits. */
    private enum KillPoint {
        /** Persons written; the pairs not yet replaced: the test holds a share lock on link_pair. */
        BEFORE_PAIRS("delete from link_pair"),
        /** Persons, pairs and linked batches written; only the run's own row is left: the test holds that row. */
        BEFORE_COMMIT("update link_run");

        final String blockedStatement;

        KillPoint(String blockedStatement) {
            this.blockedStatement = blockedStatement;
        }
    }

    /** Records arriving before each later kill of the full fault run. */
    private static final int NEW_RECORDS = 500;

    @TempDir
    Path folder;

    String schema;
    JdbcTemplate jdbc;
    JoineryProcess application;
    JoineryProcess.Setup setup;

    @BeforeEach
    void freshSchema() {
        TestDatabase.requirePostgres();
        schema = TestDatabase.freshSchema("joinery_linkcrash_");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(TestDatabase.schemaUrl(schema), TestDatabase.POSTGRES_USER, ""));
        // The application name tells this Joinery's connections from every other test's on the shared server.
        String url = TestDatabase.POSTGRES_URL + (TestDatabase.POSTGRES_URL.contains("?") ? "&" : "?") + "ApplicationName=" + schema;
        setup = JoineryProcess.Setup.postgres(folder, url, TestDatabase.POSTGRES_USER, schema);
    }

    @AfterEach
    void dropSchema() {
        if (application != null) {
            application.close();
        }
        if (schema != null) {
            TestDatabase.dropSchema(schema);
        }
    }

    @Test
    void aFullRunKilledWhileWritingLeavesNothingOfItAndTheSameRunThenLandsWhole() throws Exception {
        application = JoineryProcess.start(setup);
        TestStaff staff = new TestStaff(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder());
        UUID host = staff.organisation("Crash borough", "COUNCIL_SERVICE", true);
        String admin = staff.user(host, "link-crash-admin", "Data team", Role.ADMINISTRATOR);
        int records = FaultTally.fullRun() ? 40_000 : 3_000;
        UUID register = new ResidentFixtures(jdbc).source(host, "crash-register", false);
        arrive(register, register, records);
        int batches = 1;

        int crashes = FaultTally.repetitions(4);
        long partial = 0;
        long started = 0;
        for (int crash = 0; crash < crashes; crash++) {
            // The first kill comes with the most written: everything but the commit.
            KillPoint point = crash % 2 == 0 ? KillPoint.BEFORE_COMMIT : KillPoint.BEFORE_PAIRS;
            if (crash > 0) {
                // New records, so that the run has persons to write before it replaces the pairs.
                arrive(register, newBatch(register), NEW_RECORDS);
                records += NEW_RECORDS;
                batches++;
            }
            Map<String, Object> before = persons();
            UUID run;
            try (Connection blocker = jdbc.getDataSource().getConnection()) {
                blocker.setAutoCommit(false);
                if (point == KillPoint.BEFORE_PAIRS) {
                    blocker.createStatement().execute("lock table link_pair in share mode");
                }
                run = startFullRun(admin);
                started++;
                if (point == KillPoint.BEFORE_COMMIT) {
                    holdRunRow(blocker, run);
                }
                awaitRunBlockedWithRowsWritten(point);
                application.kill9();
                assertThat(status(run)).as("the kill came while the run was writing").isEqualTo(LinkRun.RUNNING);
                assertThat(persons()).as("nothing of the killed run is visible").isEqualTo(before);
                blocker.rollback();
            }
            application = application.restart();
            assertThat(status(run)).isEqualTo(LinkRun.FAILED);
            Map<String, Object> after = persons();
            partial += after.equals(before) ? 0 : 1;
            assertThat(after).as("nothing of the killed run is visible after the restart").isEqualTo(before);
            if (crash == 0 && crashes > 1) {
                // Every later kill interrupts a run over persons that a finished run wrote.
                awaitDone(startFullRun(admin));
                started++;
            }
        }
        UUID again = startFullRun(admin);
        started++;
        awaitDone(again);
        assertThat(jdbc.queryForObject("select count(distinct source_record_id) from person_record", Integer.class))
                .isEqualTo(records);
        assertThat(jdbc.queryForObject("select count(*) from person_record", Integer.class)).isEqualTo(records);
        assertThat(jdbc.queryForObject("select count(*) from linked_batch", Integer.class)).isEqualTo(batches);
        assertThat(jdbc.queryForObject("select count(*) from link_run where status = ?", Long.class, LinkRun.RUNNING)).isZero();
        long runs = jdbc.queryForObject("select count(*) from link_run where started_by = ?", Long.class, admin);
        long audited = jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and category = 'LINKAGE'"
                + " and action = 'WRITE' and allowed", Long.class, admin);
        long entries = JoineryProcess.verifyAuditChain(setup);
        long lost = Math.max(0, started - runs) + Math.max(0, started - audited);
        FaultTally.record(new FaultTally.Figures(String.format(Locale.ROOT, "kill -9 during a full link run over %,d records",
                records), crashes, entries, batches, runs, started, partial + lost));
        assertThat(runs).as("every run start acknowledged is recorded").isEqualTo(started);
        assertThat(audited).as("every run start acknowledged has its audit entry").isGreaterThanOrEqualTo(started);
    }

    /** Synthetic people, some recorded more than once, arriving straight into a batch of the register. */
    private void arrive(UUID source, UUID batch, int size) {
        int first = jdbc.queryForObject("select count(*) from source_record", Integer.class);
        Records people = SyntheticPeople.generate(size, 11 + first);
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < size; i++) {
            rows.add(new Object[] {source, "R" + (first + i), batch, batch, "{}", people.value(PersonField.FORENAMES, i),
                    people.value(PersonField.SURNAME, i), people.value(PersonField.DATE_OF_BIRTH, i),
                    people.value(PersonField.POSTCODE, i), now});
        }
        jdbc.batchUpdate("insert into source_record (source_id, record_key, first_batch_id, batch_id, line_number, row_hash,"
                + " raw_json, forenames, surname, date_of_birth, postcode, updated_at)"
                + " values (?, ?, ?, ?, 1, '" + "0".repeat(64) + "', ?, ?, ?, ?, ?, ?)", rows);
    }

    private UUID newBatch(UUID source) {
        UUID batch = UUID.randomUUID();
        jdbc.update("insert into import_batch (id, source_id, checksum, file_name, channel, received_at, received_by, rows_total,"
                + " rows_new, rows_changed, rows_unchanged, rows_withdrawn) values (?, ?, ?, 'more.csv', 'UPLOAD', ?, 'test', 0, 0,"
                + " 0, 0, 0)", batch, source, batch.toString().replace("-", "").repeat(2), Timestamp.from(Instant.now()));
        return batch;
    }

    private UUID startFullRun(String admin) {
        WebSession session = WebSession.signedIn(application.port(), admin);
        assertThat(session.submit("/linking", "/linking/runs", List.of()).status()).isEqualTo(302);
        return jdbc.queryForObject("select id from link_run order by started_at desc limit 1", UUID.class);
    }

    /**
     * Takes the run's own row, which the run's transaction updates last; the run must not have finished yet. "No key
     * update", not "update": the run's rows refer to this row, and must still be written while the test holds it.
     */
    private static void holdRunRow(Connection blocker, UUID run) throws SQLException {
        try (PreparedStatement hold = blocker.prepareStatement("select status from link_run where id = ? for no key update")) {
            hold.setObject(1, run);
            try (ResultSet row = hold.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).as("the run was still working when its row was taken").isEqualTo(LinkRun.RUNNING);
            }
        }
    }

    /**
     * Waits until this Joinery's connection is blocked on the test's lock at the kill point, inside a transaction
     * that has written (PostgreSQL gives a transaction an id at its first write, and not before).
     */
    private void awaitRunBlockedWithRowsWritten(KillPoint point) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(FaultTally.fullRun() ? 15 : 3);
        while (System.nanoTime() < deadline) {
            Integer blocked = jdbc.queryForObject("select count(*) from pg_stat_activity where application_name = ?"
                    + " and wait_event_type = 'Lock' and backend_xid is not null and query ilike ?", Integer.class, schema,
                    point.blockedStatement + "%");
            if (blocked != null && blocked > 0) {
                return;
            }
            if (!application.alive()) {
                throw new AssertionError("Joinery stopped before the run reached its kill point:\n" + application.log());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The full run never reached " + point + "; its connections: " + jdbc.queryForList(
                "select state, wait_event_type, wait_event, backend_xid::text, query from pg_stat_activity where application_name = ?",
                schema) + "\n" + application.log());
    }

    private void awaitDone(UUID run) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(FaultTally.fullRun() ? 15 : 3);
        while (System.nanoTime() < deadline) {
            String status = status(run);
            if (!LinkRun.RUNNING.equals(status)) {
                assertThat(status).as(application.log()).isEqualTo(LinkRun.DONE);
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The full run did not finish in time:\n" + application.log());
    }

    private String status(UUID run) {
        return jdbc.queryForObject("select status from link_run where id = ?", String.class, run);
    }

    /** The persons as they stand: how many, and a digest of who holds which record and every pair kept. */
    private Map<String, Object> persons() {
        return jdbc.queryForMap("""
                select (select count(*) from person) as persons,
                       (select count(*) from person_event) as events,
                       (select count(*) from linked_batch) as batches,
                       (select md5(coalesce(string_agg(r.source_record_id || ':' || p.joinery_id, ',' order by r.source_record_id), ''))
                          from person_record r join person p on p.id = r.person_id) as placements,
                       (select md5(coalesce(string_agg(left_record_id || '-' || right_record_id, ',' order by left_record_id, right_record_id), ''))
                          from link_pair) as pairs""");
    }
}
