package org.joinery.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.linkage.data.SyntheticPeople;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.PersonField;
import org.joinery.testing.FaultTally;
import org.joinery.testing.JoineryProcess;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestDatabase;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A full link run killed while it writes (fault suite): Joinery runs as a separate JVM on a fresh PostgreSQL schema;
 * a host administrator starts a full run over thousands of records, and Joinery is killed with SIGKILL while the
 * run's one transaction is writing persons, pairs and linked batches. After a restart nothing of that run is
 * visible, the run is marked failed, and the same run started again lands whole. The full fault run
 * ({@code -Djoinery.faults=full}) then kills later runs too, each time finding the persons exactly as the last
 * finished run left them.
 */
@Tag("integration")
@Tag("postgresql-only")
@Tag("fault")
// Not yet in the fast part: on a loaded machine its kill did not land inside the run's transaction and it hung (issue 9 note).
@EnabledIfSystemProperty(named = "joinery.faults", matches = "full")
@ExtendWith(FaultTally.class)
class LinkRunCrashTest {

    /** What a run's transaction writes, as PostgreSQL shows the statement a connection is running. */
    private static final String RUN_WRITES = "^\\s*(insert into (person|person_record|person_event|link_pair|linked_batch)\\b"
            + "|update person(_record)?\\b|delete from (person_record|link_pair)\\b)";

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
        int records = FaultTally.fullRun() ? 40_000 : 8_000;
        register(new ResidentFixtures(jdbc).source(host, "crash-register", false), records);

        int crashes = FaultTally.repetitions(4);
        long partial = 0;
        for (int crash = 0; crash < crashes; crash++) {
            Map<String, Object> before = persons();
            UUID run = startFullRun(admin);
            awaitRunWriting();
            application.kill9();
            assertThat(status(run)).as("the kill came while the run was writing").isEqualTo(LinkRun.RUNNING);
            Map<String, Object> after = persons();
            partial += after.equals(before) ? 0 : 1;
            assertThat(after).as("nothing of the killed run is visible").isEqualTo(before);
            application = application.restart();
            assertThat(status(run)).isEqualTo(LinkRun.FAILED);
            if (crash == 0) {
                // Every later kill interrupts a run over persons that a finished run wrote.
                awaitDone(startFullRun(admin));
            }
        }
        UUID again = startFullRun(admin);
        awaitDone(again);
        assertThat(jdbc.queryForObject("select count(distinct source_record_id) from person_record", Integer.class))
                .isEqualTo(records);
        assertThat(jdbc.queryForObject("select count(*) from person_record", Integer.class)).isEqualTo(records);
        assertThat(jdbc.queryForObject("select count(*) from linked_batch", Integer.class)).isEqualTo(1);
        long runs = jdbc.queryForObject("select count(*) from link_run", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from link_run where status = ?", Long.class, LinkRun.RUNNING)).isZero();
        long entries = JoineryProcess.verifyAuditChain(setup);
        FaultTally.record(new FaultTally.Figures("kill -9 during a full link run", crashes, entries, 1, runs, 0, partial));
    }

    /** A register of synthetic people, some recorded more than once, straight into the source's batch. */
    private void register(UUID source, int size) {
        Records people = SyntheticPeople.generate(size, 11);
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < size; i++) {
            rows.add(new Object[] {source, "R" + i, source, source, "{}", people.value(PersonField.FORENAMES, i),
                    people.value(PersonField.SURNAME, i), people.value(PersonField.DATE_OF_BIRTH, i),
                    people.value(PersonField.POSTCODE, i), now});
        }
        jdbc.batchUpdate("insert into source_record (source_id, record_key, first_batch_id, batch_id, line_number, row_hash,"
                + " raw_json, forenames, surname, date_of_birth, postcode, updated_at)"
                + " values (?, ?, ?, ?, 1, '" + "0".repeat(64) + "', ?, ?, ?, ?, ?, ?)", rows);
    }

    private UUID startFullRun(String admin) {
        WebSession session = WebSession.signedIn(application.port(), admin);
        assertThat(session.submit("/linking", "/linking/runs", List.of()).status()).isEqualTo(302);
        return jdbc.queryForObject("select id from link_run order by started_at desc limit 1", UUID.class);
    }

    /** Waits until this Joinery's connection is inside the run's transaction, writing. */
    private void awaitRunWriting() throws InterruptedException {
        for (int i = 0; i < 60_000; i++) {
            Integer writing = jdbc.queryForObject("select count(*) from pg_stat_activity where application_name = ?"
                    + " and backend_xid is not null and state <> 'idle' and query ~* ?", Integer.class, schema, RUN_WRITES);
            if (writing != null && writing > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("The full run never started writing:\n" + application.log());
    }

    private void awaitDone(UUID run) throws InterruptedException {
        for (int i = 0; i < 2400; i++) {
            String status = status(run);
            if (!LinkRun.RUNNING.equals(status)) {
                assertThat(status).as(application.log()).isEqualTo(LinkRun.DONE);
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The full run did not finish within 10 minutes");
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
