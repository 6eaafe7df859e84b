package org.joinery.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.index.PersonsLinked;
import org.joinery.platform.EventPublications;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.ResidentFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Derived involvements follow the sources' open records and the links after every linkage run:
 * started when a source's open record is linked to a person, ended when it closes or leaves them.
 */
@IntegrationTest
class InvolvementDerivationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EventPublications publications;

    private ResidentFixtures fixtures;
    private UUID probation;
    private UUID source;
    private long record;
    private UUID person;

    @BeforeEach
    void setUp() {
        fixtures = new ResidentFixtures(jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        probation = UUID.randomUUID();
        jdbc.update("insert into organisation (id, name, type, host, created_at) values (?, ?, 'PROBATION', false, current_timestamp)",
                probation, "Probation " + tag);
        source = fixtures.source(probation, "probation-" + tag, true);
        record = fixtures.record(source, "p1", "Lee", "Marsh", "1979-11-12", "RM10 8AA", null);
        fixtures.record(source, "p2-closed", "Kim", "Marsh", "1981-01-01", "RM10 8AA", LocalDate.now().minusDays(3));
        person = fixtures.person("D" + tag.toUpperCase(), List.of(record));
    }

    private List<Map<String, Object>> derived() {
        return jdbc.queryForList("select * from involvement where source_id = ? order by created_at", source);
    }

    /** As a linkage run announces its links: in its transaction; then waits until the derivation has run. */
    private void linked() {
        transaction.executeWithoutResult(status -> events.publishEvent(new PersonsLinked(UUID.randomUUID(), "FULL")));
        publications.awaitCompleted(Duration.ofMinutes(1));
    }

    @Test
    void aSourcesOpenRecordLinkedToAPersonStartsAnInvolvementWithTheSourcesBasisContactAndSensitivity() {
        linked();

        List<Map<String, Object>> involvements = derived();
        assertThat(involvements).hasSize(1);
        Map<String, Object> involvement = involvements.get(0);
        assertThat(involvement.get("person_id")).isEqualTo(person);
        assertThat(involvement.get("organisation_id")).isEqualTo(probation);
        assertThat(involvement.get("lawful_basis")).isEqualTo("UK GDPR Article 6(1)(e) public task");
        assertThat((String) involvement.get("contact")).startsWith("Duty desk of probation-");
        assertThat(involvement.get("sensitive")).isEqualTo(true);
        assertThat(((java.sql.Date) involvement.get("started_on")).toLocalDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(involvement.get("ended_on")).isNull();

        linked();
        assertThat(derived()).as("deriving again changes nothing").hasSize(1);
    }

    @Test
    void anInvolvementEndsWhenItsRecordsCloseOrLeaveThePerson() {
        linked();
        jdbc.update("update source_record set closed_on = ? where id = ?", LocalDate.now(), record);
        linked();
        Map<String, Object> ended = derived().get(0);
        assertThat(((java.sql.Date) ended.get("ended_on")).toLocalDate()).isEqualTo(LocalDate.now());
        assertThat((String) ended.get("end_reason")).contains("closed");

        jdbc.update("update source_record set closed_on = null where id = ?", record);
        linked();
        assertThat(derived()).hasSize(2).last().satisfies(again -> assertThat(again.get("ended_on")).isNull());

        UUID other = fixtures.person("O" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), List.of());
        jdbc.update("update person_record set person_id = ? where source_record_id = ?", other, record);
        linked();
        List<Map<String, Object>> now = derived();
        assertThat(now).filteredOn(i -> i.get("ended_on") == null).singleElement()
                .satisfies(open -> assertThat(open.get("person_id")).isEqualTo(other));
    }

    @Test
    void anInvolvementAnOfficerEndedIsNotStartedAgain() {
        linked();
        UUID officer = SharingTestData.anAuthor(jdbc);
        jdbc.update("update involvement set ended_on = ?, end_reason = 'Ended by IG', ended_by = ? where source_id = ?",
                LocalDate.now(), officer, source);
        linked();
        assertThat(derived()).hasSize(1).first().satisfies(i -> assertThat(i.get("end_reason")).isEqualTo("Ended by IG"));
    }
}
