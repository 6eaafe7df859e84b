package org.joinery.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.testing.RecordedDecisions;
import org.joinery.testing.TestDatabase;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

/**
 * The sources module on its own, with the modules it stands on (access and platform; the gate's decisions kept in
 * memory): an extract imported lands and is announced, and nothing of linking is there to hear it.
 */
@Tag("integration")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(RecordedDecisions.class)
class SourcesModuleTests {

    @Autowired
    SourceRegistration registration;
    @Autowired
    SourceImports imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    @TempDir
    Path folder;

    @Test
    void aLandedBatchIsAnnouncedAsBatchLanded(Scenario scenario) {
        UUID organisation = new TestStaff(jdbc, passwords).organisation("Org " + UUID.randomUUID(), "COUNCIL_SERVICE", false);
        Source source = SourceFixtures.register(registration, organisation);
        Path extract = SourceFixtures.csv(folder, SourceFixtures.HEADER, "A1,Anna,Smith,07/03/1980,E1 6AN,01/02/2024,");

        scenario.stimulate(() -> imports.importCsv(Actor.system("module test"), source.name(), extract))
                .andWaitForEventOfType(BatchLanded.class)
                .matchingMappedValue(BatchLanded::sourceId, source.id())
                .toArriveAndVerify((landed, outcome) -> {
                    assertThat(landed.batchId()).isEqualTo(outcome.batchId());
                    assertThat(landed.newRecords()).isEqualTo(1);
                });
    }
}
