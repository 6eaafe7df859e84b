package org.joinery.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.joinery.testing.RecordedDecisions;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The index module with the sources beneath it and no linking above: when a run announces its persons, the live
 * resident index is built again from them, so the front door finds who the run made.
 */
@Tag("integration")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(RecordedDecisions.class)
class IndexModuleTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResidentIndex residentIndex;

    @Test
    void personsLinkedRebuildTheLiveIndexWithTheRunsPersons(Scenario scenario) {
        UUID council = UUID.randomUUID();
        jdbc.update("insert into organisation (id, name, type, host, created_at) values (?, ?, 'COUNCIL_SERVICE', false,"
                + " current_timestamp)", council, "Council " + council);
        ResidentFixtures fixtures = new ResidentFixtures(jdbc);
        UUID source = fixtures.source(council, "housing-" + council.toString().substring(0, 8), false);
        long first = fixtures.record(source, "h1", "Amara", "Okafor", "1990-02-03", "RM10 7XS", null);
        long second = fixtures.record(source, "h2", "Amara", "Okafor", "1990-02-03", "RM10 7XS", null);
        fixtures.person("I" + council.toString().substring(0, 8).toUpperCase(), List.of(first, second));
        int before = residentIndex.size();

        scenario.publish(new PersonsLinked(UUID.randomUUID(), "FULL"))
                .andWaitForStateChange(residentIndex::size, size -> residentIndex.ready() && size >= before + 2)
                .andVerify(size -> assertThat(size).isGreaterThanOrEqualTo(before + 2));
    }
}
