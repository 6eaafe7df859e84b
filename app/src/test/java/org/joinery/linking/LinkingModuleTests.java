package org.joinery.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.index.PersonsLinked;
import org.joinery.testing.RecordedDecisions;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The linking module with sources beneath it, and nothing that hears its events: a run announces its persons. */
@Tag("integration")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(RecordedDecisions.class)
class LinkingModuleTests {

    @Autowired
    LinkageRuns runs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void aFullRunIsAnnouncedAsPersonsLinkedOnceItsLinksAreCommitted(Scenario scenario) {
        UUID organisation = new TestStaff(jdbc, passwords).organisation("Org " + UUID.randomUUID(), "COUNCIL_SERVICE", false);
        ResidentFixtures residents = new ResidentFixtures(jdbc);
        UUID source = residents.source(organisation, "register-" + UUID.randomUUID().toString().substring(0, 8), false);
        long record = residents.record(source, "R1", "Chiamaka", "Eze", "1983-10-12", "RM10 9AP", null);
        residents.record(source, "R2", "Chiamaka", "Eze", "1983-10-12", "RM10 9AP", null);

        // Outside the scenario's own transaction: the run records itself, then links on the linkage thread, which must see that record.
        scenario.stimulate(transactions -> runs.linkAll(Actor.system("module test")))
                .andWaitForEventOfType(PersonsLinked.class)
                .toArriveAndVerify((linked, result) -> {
                    assertThat(linked.runId()).isEqualTo(result.runId());
                    assertThat(linked.kind()).isEqualTo(LinkRun.FULL);
                    assertThat(jdbc.queryForObject("select count(*) from person_record where source_record_id = ?",
                            Integer.class, record)).isEqualTo(1);
                });
    }
}
