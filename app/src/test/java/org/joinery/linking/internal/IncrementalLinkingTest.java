package org.joinery.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.index.JoineryId;
import org.joinery.index.ResidentIndex;
import org.joinery.linkage.model.PersonField;
import org.joinery.linking.LinkRun;
import org.joinery.linking.LinkageRuns;
import org.joinery.sources.BatchLanded;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Incremental linking: a batch's new, changed and withdrawn records linked into the index without a full run. */
@IntegrationTest
@Import(TestReviewLabels.class)
class IncrementalLinkingTest {

    private static final Actor SYSTEM = Actor.system("linking test");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ModelStore models;
    @Autowired
    LinkageRuns runs;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ResidentIndex residentIndex;
    @Autowired
    AccessGate gate;
    @Autowired
    TransactionTemplate transaction;

    LinkingFixtures given;

    @BeforeEach
    void setUp() {
        given = new LinkingFixtures(jdbc, new TestStaff(jdbc, encoder), models);
        runs.linkAll(SYSTEM);
    }

    /**
     * As an import lands these records (added, changed or withdrawn) in a batch of their own and announces it, in the
     * batch's transaction; then waits until linking has heard it out.
     */
    private void batchLands(UUID source, int added, int changed, int withdrawn, long... records) {
        UUID batch = landedInNewBatch(source, records);
        transaction.executeWithoutResult(status -> events.publishEvent(new BatchLanded(source, batch, added, changed,
                withdrawn)));
        runs.awaitIdle();
    }

    @Test
    void aNewRecordOfAKnownResidentJoinsTheirPersonWhenItsBatchLandsWithoutAFullRun() {
        long known = given.record(given.housing, "H1", "Chiamaka", "Eze", "1983-10-12", "RM10 9AP");
        runs.linkAll(SYSTEM);
        UUID person = given.personOf(known);

        long arriving = given.record(given.gp, "G1", "Chiamaka", "Eze", "1983-10-12", "RM10 9AP");
        batchLands(given.gp, 1, 0, 0, arriving);

        assertThat(given.lastRunKind()).isEqualTo(LinkRun.INCREMENTAL);
        assertThat(given.personOf(arriving)).isEqualTo(person);
        assertThat(given.events(person)).last().asString().startsWith("RECORD_ADDED: Record " + given.sourceName(given.gp)
                + ":G1 was added: it matches " + given.sourceName(given.housing) + ":H1 with match weight");
    }

    @Test
    void aNewRecordOfSomeoneUnknownStartsANewPersonWithAReason() {
        long arriving = given.record(given.gp, "G1", "Evangeline", "Thistlewood", "1999-12-31", "IG11 8QQ");

        batchLands(given.gp, 1, 0, 0, arriving);

        UUID person = given.personOf(arriving);
        assertThat(JoineryId.isValid(given.joineryIdOf(arriving))).isTrue();
        assertThat(given.events(person)).singleElement().asString().startsWith("CREATED: New person from record "
                + given.sourceName(given.gp) + ":G1, which links to no existing person");
    }

    @Test
    void aNewRecordThatLinksTwoPersonsMergesThemAndTheSmallerIsRetiredWithBothMatchesAsTheReason() {
        long a = given.record(given.housing, "H1", "Dmitri", "Volkonsky", "1970-03-15", "RM8 3JJ");
        long b = given.record(given.gp, "G1", "Dmitri", "Volkonsky", "1970-03-15", "RM8 3JJ");
        long c = given.record(given.gp, "G2", "Dmitri", "Volkonsky", "1970-03-15", "RM8 3JJ");
        UUID bigger = given.residents.person("0000-0010-" + JoineryId.check("00000010"), List.of(a, b));
        UUID smaller = given.residents.person("0000-0011-" + JoineryId.check("00000011"), List.of(c));
        for (long record : List.of(a, b, c)) {
            given.linkedAsIs(record, "Dmitri", "Volkonsky", "1970-03-15", "RM8 3JJ");
        }

        long bridge = given.record(given.housing, "H2", "Dmitri", "Volkonsky", "1970-03-15", "RM8 3JJ");
        batchLands(given.housing, 1, 0, 0, bridge);

        assertThat(given.personOf(bridge)).isEqualTo(bigger);
        assertThat(given.personOf(c)).isEqualTo(bigger);
        assertThat(given.retiredReason(smaller)).startsWith("Merged into 0000-0010-").contains("links both");
        assertThat(given.events(bigger)).last().asString().startsWith("MERGED: 0000-0011-");
    }

    @Test
    void aWithdrawnRecordIsRemovedFromItsPersonByTheNextBatch() {
        long a = given.record(given.housing, "H1", "Saoirse", "Ni Bhriain", "1992-06-01", "RM9 6LL");
        long b = given.record(given.gp, "G1", "Saoirse", "Ni Bhriain", "1992-06-01", "RM9 6LL");
        runs.linkAll(SYSTEM);
        UUID person = given.personOf(a);

        given.withdraw(b);
        batchLands(given.gp, 0, 0, 1, b);

        assertThat(given.personOf(a)).isEqualTo(person);
        assertThat(jdbc.queryForObject("select count(*) from person_record where source_record_id = ?", Integer.class, b))
                .isZero();
        assertThat(given.events(person)).last().asString().contains("was withdrawn by its source");
    }

    @Test
    void aChangedRecordThatNowMatchesSomeoneElseMovesToThemAndItsFormerPersonIsRetiredWithAReason() {
        long a = given.record(given.housing, "H1", "Alexander", "Petrovsky", "1966-01-11", "RM10 2AA");
        given.record(given.gp, "G1", "Alexander", "Petrovsky", "1966-01-11", "RM10 2AA");
        long c = given.record(given.gp, "G2", "Katarzyna", "Nowakowska", "1990-09-09", "IG11 1AA");
        runs.linkAll(SYSTEM);
        UUID person = given.personOf(a);
        UUID former = given.personOf(c);

        jdbc.update("update source_record set forenames = 'Alexander', surname = 'Petrovsky', date_of_birth = '1966-01-11',"
                + " postcode = 'RM10 2AA' where id = ?", c);
        batchLands(given.gp, 0, 1, 0, c);

        assertThat(given.personOf(c)).isEqualTo(person);
        assertThat(given.events(person)).last().asString().startsWith("RECORD_ADDED: Record " + given.sourceName(given.gp)
                + ":G2 changed and moved here from");
        assertThat(given.retiredReason(former)).startsWith("Retired: none of its records belongs to it any more");
    }

    @Test
    void withTheResidentIndexReadyANewRecordIsLinkedFromTheIndexReadingOnlyThePersonsItTouches() {
        long known = given.record(given.housing, "H1", "Ottoline", "Quarrendon", "1961-02-28", "RM6 4XE");
        given.record(given.housing, "H2", "Bartholomew", "Featherstonehaugh", "1948-07-04", "IG3 9PU");
        runs.linkAll(SYSTEM);
        residentIndex.rebuild();
        UUID person = given.personOf(known);

        long arriving = given.record(given.gp, "G1", "Ottoline", "Quarrendon", "1961-02-28", "RM6 4XE");
        batchLands(given.gp, 1, 0, 0, arriving);

        assertThat(given.personOf(arriving)).isEqualTo(person);
        String summary = jdbc.queryForObject("select summary from link_run order by started_at desc limit 1", String.class);
        assertThat(summary).contains("by the resident index");
        assertThat(count(summary, "([\\d,]+) records read")).isLessThan(count(summary, "among ([\\d,]+) current records"));
        Grant read = gate.authorise(SYSTEM, Action.READ, DataRef.of(DataCategory.LINKAGE, null), Purpose.RECORD_LINKAGE);
        assertThat(residentIndex.candidates(read, Map.of(PersonField.FORENAMES, "Ottoline", PersonField.SURNAME,
                "Quarrendon", PersonField.DATE_OF_BIRTH, "1961-02-28"), 5).stream()
                .filter(candidate -> candidate.recordId() == arriving).map(ResidentIndex.RecordCandidate::joineryId))
                .containsExactly(given.joineryIdOf(arriving));
    }

    /** As an import does: the records are written (or withdrawn) by a batch of their own, which no run has linked. */
    private UUID landedInNewBatch(UUID source, long... records) {
        UUID batch = UUID.randomUUID();
        jdbc.update("insert into import_batch (id, source_id, checksum, file_name, channel, received_at, received_by,"
                + " rows_total, rows_new, rows_changed, rows_unchanged, rows_withdrawn)"
                + " values (?, ?, ?, 'new.csv', 'UPLOAD', ?, 'test', 1, 1, 0, 0, 0)", batch, source,
                batch.toString().replace("-", "").repeat(2), Timestamp.from(Instant.now()));
        for (long record : records) {
            jdbc.update("update source_record set batch_id = ? where id = ?", batch, record);
        }
        return batch;
    }

    private static long count(String summary, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(summary);
        assertThat(matcher.find()).as(summary).isTrue();
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }
}
