package org.joinery.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.joinery.index.PersonsLinked;
import org.joinery.testing.RecordedDecisions;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sharing module with the modules it stands on: when linking announces persons, the involvements follow from
 * the sources' open records (published in a transaction, as a run does, and heard after its commit).
 */
@Tag("integration")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(RecordedDecisions.class)
class SharingModuleTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void personsLinkedStartAnInvolvementForEachSourceWithAnOpenRecordOfThePerson(Scenario scenario) {
        UUID probation = UUID.randomUUID();
        jdbc.update("insert into organisation (id, name, type, host, created_at) values (?, ?, 'PROBATION', false,"
                + " current_timestamp)", probation, "Probation " + probation);
        ResidentFixtures fixtures = new ResidentFixtures(jdbc);
        UUID source = fixtures.source(probation, "probation-" + probation.toString().substring(0, 8), true);
        long record = fixtures.record(source, "p1", "Lee", "Marsh", "1979-11-12", "RM10 8AA", null);
        UUID person = fixtures.person("M" + probation.toString().substring(0, 8).toUpperCase(), List.of(record));

        scenario.publish(new PersonsLinked(UUID.randomUUID(), "FULL"))
                .andWaitForStateChange(() -> jdbc.queryForList("select person_id from involvement where source_id = ?",
                        UUID.class, source), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).containsExactly(person));
    }
}
