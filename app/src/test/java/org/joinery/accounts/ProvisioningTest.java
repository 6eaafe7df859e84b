package org.joinery.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.joinery.access.AccessRefused;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.OrganisationType;
import org.joinery.organisations.Organisations;
import org.joinery.organisations.Team;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public API the demo seed and the first-administrator command use. */
@IntegrationTest
class ProvisioningTest {

    @Autowired
    Provisioning provisioning;

    @Autowired
    StaffAdministration administration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void theDemoSeedCreatesAnOrganisationATeamAndAUserWhoseCreationIsAudited() {
        Organisation organisation = organisations.create(Fixtures.unique("Demo drug and alcohol service"), OrganisationType.VOLUNTARY_OR_COMMUNITY, false);
        Team team = organisations.createTeam(organisation.id(), "Recovery");
        String username = Fixtures.unique("demo").toLowerCase();
        StaffAccount account = provisioning.createUser(Provisioning.Process.DEMO_SEED, new NewAccount(username, "Demo Worker",
                null, organisation.id(), team.id(), Set.of(Role.PRACTITIONER), "demo password 123"));
        assertThat(account.teamId()).isEqualTo(team.id());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = 'system:demo-seed' "
                + "and action = 'WRITE' and rule = 'provisioning' and subject_id = ?", Long.class, username)).isEqualTo(1L);
    }

    @Test
    void aProvisionedAccountMeetsThePageRulesOrNothingIsWritten() {
        Organisation organisation = organisations.create(Fixtures.unique("Rules Org"), OrganisationType.FUNDER, false);
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);
        assertThatThrownBy(() -> provisioning.createUser(Provisioning.Process.DEMO_SEED, new NewAccount("x", "", null,
                organisation.id(), null, Set.of(), "short")))
                .isInstanceOfSatisfying(InvalidAccount.class, invalid -> assertThat(invalid.errors().all())
                        .extracting(problem -> problem.field()).containsExactly("username", "displayName", "roles", "password"));
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(before);
    }

    @Test
    void anotherSystemProcessCannotCreateAccounts() {
        Organisation organisation = organisations.create(Fixtures.unique("Other Org"), OrganisationType.POLICE, false);
        assertThatThrownBy(() -> administration.create(Actor.system("something-else"), new NewAccount("sneaky", "Sneaky",
                null, organisation.id(), null, Set.of(Role.ADMINISTRATOR), "a long enough password"), true))
                .isInstanceOf(AccessRefused.class);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'sneaky'", Long.class)).isZero();
    }

    @Test
    void thereIsOnlyEverOneHostOrganisation() {
        if (organisations.host().isEmpty()) {
            organisations.create(Fixtures.unique("Host"), OrganisationType.COUNCIL_SERVICE, true);
        }
        long hosts = jdbc.queryForObject("select count(*) from organisation where host = true", Long.class);
        assertThatThrownBy(() -> organisations.create(Fixtures.unique("Second host"), OrganisationType.COUNCIL_SERVICE, true))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from organisation where host = true", Long.class)).isEqualTo(hosts);
    }

    @Test
    void organisationTypesAllHaveADisplayName() {
        for (OrganisationType type : OrganisationType.values()) {
            assertThat(messages.getMessage(type.messageKey(), null, java.util.Locale.UK)).as(type.name())
                    .isNotBlank().doesNotContain("_");
        }
    }
}
