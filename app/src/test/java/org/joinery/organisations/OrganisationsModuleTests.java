package org.joinery.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The organisations module alone (with platform, whose clock it uses without naming a platform type): an
 * organisation made is found by its name, with its first team.
 */
@Tag("integration")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false,
        extraIncludes = "platform")
@ContextConfiguration(initializers = TestDatabase.class)
class OrganisationsModuleTests {

    @Autowired
    Organisations organisations;

    @Test
    void aNewOrganisationIsFoundByItsNameWithItsTeams(Scenario scenario) {
        String name = "Org " + UUID.randomUUID();
        scenario.stimulate(() -> {
                    Organisation made = organisations.create(name, OrganisationType.COUNCIL_SERVICE, false);
                    organisations.createTeam(made.id(), "Housing options");
                    return made;
                })
                .andWaitForStateChange(() -> organisations.named(name))
                .andVerify((found, made) -> {
                    assertThat(found).contains(made);
                    assertThat(organisations.teams(made.id())).extracting(Team::name).containsExactly("Housing options");
                });
    }
}
