package org.joinery.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.index.JoineryId;
import org.joinery.linking.LinkRun;
import org.joinery.linking.LinkageRuns;
import org.joinery.linking.RunResult;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Full linkage runs through the application: persons, stable Joinery IDs, merges and splits with reasons. */
@IntegrationTest
@Import(TestReviewLabels.class)
class FullLinkRunTest {

    private static final Actor SYSTEM = Actor.system("linking test");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ModelStore models;
    @Autowired
    LinkageRuns runs;

    LinkingFixtures given;

    @BeforeEach
    void setUp() {
        given = new LinkingFixtures(jdbc, new TestStaff(jdbc, encoder), models);
    }

    @Test
    void recordsOfOneResidentInTwoSourcesBecomeOnePersonWithAValidJoineryId() {
        long housing = given.record(given.housing, "H1", "Amelia", "Okonkwo-Hart", "1985-03-02", "RM10 9AP");
        long gp = given.record(given.gp, "G1", "Amelia", "Okonkwo Hart", "1985-03-02", "RM10 9AP");
        long other = given.record(given.gp, "G2", "Tobias", "Lindqvist", "1961-11-30", "IG11 7QT");

        RunResult result = runs.linkAll(SYSTEM);

        assertThat(given.personOf(housing)).isEqualTo(given.personOf(gp)).isNotEqualTo(given.personOf(other));
        assertThat(JoineryId.isValid(given.joineryIdOf(housing))).isTrue();
        assertThat(given.events(given.personOf(housing))).singleElement().asString().startsWith("CREATED: New person from 2 records");
        assertThat(jdbc.queryForObject("select record_ids from person_event where person_id = ?", String.class,
                given.personOf(housing))).isEqualTo(Math.min(housing, gp) + " " + Math.max(housing, gp));
        assertThat(runs.find(result.runId()).orElseThrow().status()).isEqualTo(LinkRun.DONE);
        assertThat(jdbc.queryForObject("select count(*) from link_pair where left_record_id = ? and right_record_id = ?",
                Integer.class, housing, gp)).isEqualTo(1);
    }

    @Test
    void aRerunWithUnchangedRecordsKeepsEveryJoineryIdAndAddsNoHistory() {
        long a = given.record(given.housing, "H1", "Kwame", "Mensah", "1979-07-14", "RM9 4XE");
        long b = given.record(given.gp, "G1", "Kwame", "Mensah", "1979-07-14", "RM9 4XE");
        long c = given.record(given.gp, "G2", "Zofia", "Kowalczyk", "2001-01-09", "RM8 2BB");
        runs.linkAll(SYSTEM);
        String first = given.joineryIdOf(a);
        String second = given.joineryIdOf(c);
        int events = jdbc.queryForObject("select count(*) from person_event", Integer.class);

        runs.linkAll(SYSTEM);

        assertThat(given.joineryIdOf(a)).isEqualTo(first);
        assertThat(given.joineryIdOf(b)).isEqualTo(first);
        assertThat(given.joineryIdOf(c)).isEqualTo(second);
        assertThat(jdbc.queryForObject("select count(*) from person_event", Integer.class)).isEqualTo(events);
    }

    @Test
    void twoPersonsWhoseRecordsNowLinkAreMergedOneKeepsItsIdAndTheOtherIsRetiredWithTheStrongestPairAsReason() {
        long a = given.record(given.housing, "H1", "Priya", "Raghunathan", "1990-05-21", "RM10 8HD");
        long b = given.record(given.gp, "G1", "Priya", "Raghunathan", "1990-05-21", "RM10 8HD");
        UUID kept = given.residents.person("0000-0001-" + JoineryId.check("00000001"), List.of(a));
        UUID merged = given.residents.person("0000-0002-" + JoineryId.check("00000002"), List.of(b));

        runs.linkAll(SYSTEM);

        assertThat(given.personOf(a)).isEqualTo(kept);
        assertThat(given.personOf(b)).isEqualTo(kept);
        assertThat(given.retiredReason(merged)).startsWith("Merged into 0000-0001-")
                .contains("matches").contains("match weight").contains("probability");
        assertThat(given.events(merged)).last().asString().startsWith("MERGED_INTO: Merged into 0000-0001-");
        assertThat(given.events(kept)).last().asString().startsWith("MERGED: 0000-0002-")
                .contains("was merged into this person");
        // The history keeps which records each entry is about, so a page can hide what a reader may not see.
        assertThat(jdbc.queryForObject("select record_ids from person_event where person_id = ? and kind = 'MERGED'",
                String.class, kept).split(" ")).containsExactlyInAnyOrder(String.valueOf(Math.min(a, b)),
                String.valueOf(Math.max(a, b)));
    }

    @Test
    void aPersonWhoseRecordsNoLongerLinkIsSplitTheFirstPartKeepsTheIdAndTheOtherGetsANewOneWithAReason() {
        long a = given.record(given.housing, "H1", "Grace", "Adeyemi", "1972-09-03", "IG11 0AA");
        long b = given.record(given.gp, "G1", "Grace", "Adeyemi", "1972-09-03", "IG11 0AA");
        long c = given.record(given.gp, "G2", "Bartholomew", "Fairweather", "1948-12-25", "RM6 4PP");
        String id = "0000-0003-" + JoineryId.check("00000003");
        UUID person = given.residents.person(id, List.of(a, b, c));

        runs.linkAll(SYSTEM);

        assertThat(given.joineryIdOf(a)).isEqualTo(id);
        assertThat(given.joineryIdOf(b)).isEqualTo(id);
        String newId = given.joineryIdOf(c);
        assertThat(newId).isNotEqualTo(id);
        assertThat(given.events(person)).last().asString().startsWith("SPLIT: Records " + given.sourceName(given.gp)
                + ":G2 split off into " + newId).contains("no longer link");
        assertThat(given.events(given.personWithId(newId))).anySatisfy(event -> assertThat(event)
                .startsWith("SPLIT_FROM: Split off " + id));
    }

    @Test
    void aWithdrawnRecordLeavesItsPersonWithAnEventAndAPersonLeftWithNoRecordsIsRetired() {
        long a = given.record(given.housing, "H1", "Ifeoma", "Chukwu", "1995-02-17", "RM7 0XX");
        long b = given.record(given.gp, "G1", "Ifeoma", "Chukwu", "1995-02-17", "RM7 0XX");
        long alone = given.record(given.gp, "G2", "Hamish", "Drummond", "1933-06-06", "RM1 1AA");
        runs.linkAll(SYSTEM);
        UUID person = given.personOf(a);
        UUID lonely = given.personOf(alone);

        given.withdraw(b);
        given.withdraw(alone);
        runs.linkAll(SYSTEM);

        assertThat(given.personOf(a)).isEqualTo(person);
        assertThat(jdbc.queryForObject("select count(*) from person_record where source_record_id = ?", Integer.class, b))
                .isZero();
        assertThat(given.events(person)).last().asString().isEqualTo("RECORD_REMOVED: A record (source record " + b
                + ") was withdrawn by its source.");
        assertThat(given.retiredReason(lonely)).isEqualTo("Retired: every record of this person was withdrawn by its source.");
    }

    @Test
    void aDifferentPeopleReviewDecisionKeepsStronglyMatchingRecordsApartAndASamePersonDecisionJoinsWeakOnes() {
        long a = given.record(given.housing, "H1", "Oluwaseun", "Bankole", "1988-08-08", "RM10 7YY");
        long b = given.record(given.gp, "G1", "Oluwaseun", "Bankole", "1988-08-08", "RM10 7YY");
        long c = given.record(given.housing, "H2", "Marguerite", "Delacroix", "1956-04-30", "IG11 9ZZ");
        long d = given.record(given.gp, "G2", "Rita", "Smith", "1956-04-03", "RM6 1QQ");
        String housing = given.sourceName(given.housing);
        String gp = given.sourceName(given.gp);
        given.decide(housing, "H1", gp, "G1", "DIFFERENT_PEOPLE");
        given.decide(housing, "H2", gp, "G2", "SAME_PERSON");

        runs.linkAll(SYSTEM);

        assertThat(given.personOf(a)).isNotEqualTo(given.personOf(b));
        assertThat(given.personOf(c)).isEqualTo(given.personOf(d));
    }
}
