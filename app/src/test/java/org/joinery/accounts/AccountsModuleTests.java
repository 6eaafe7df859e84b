package org.joinery.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.OrganisationType;
import org.joinery.organisations.Organisations;
import org.joinery.testing.RecordedDecisions;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.context.annotation.Import;

/** The accounts module with organisations and access beneath it: a provisioned account is an active staff account. */
@Tag("integration")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(RecordedDecisions.class)
class AccountsModuleTests {

    @Autowired
    Organisations organisations;
    @Autowired
    Provisioning provisioning;
    @Autowired
    RecordedDecisions.Log decisions;

    @Test
    void aProvisionedAccountIsMadeForItsTeamWithItsRolesAndTheDecisionIsRecorded(Scenario scenario) {
        Organisation organisation = organisations.create("Org " + UUID.randomUUID(), OrganisationType.COUNCIL_SERVICE, false);
        UUID team = organisations.createTeam(organisation.id(), "Adult social care").id();
        String username = "module." + UUID.randomUUID().toString().substring(0, 8);

        scenario.stimulate(() -> provisioning.createUser(Provisioning.Process.DEMO_SEED, new NewAccount(username,
                        "Module Test", username + "@example.invalid", organisation.id(), team, Set.of(Role.PRACTITIONER),
                        "a long enough password for the test")))
                .andWaitForStateChange(() -> decisions.decisions().size(), recorded -> recorded > 0)
                .andVerify((recorded, account) -> {
                    assertThat(account.username()).isEqualTo(username);
                    assertThat(account.roles()).containsExactly(Role.PRACTITIONER);
                });
    }
}
