package org.joinery.organisations.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.joinery.organisations.NameTaken;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.OrganisationType;
import org.joinery.organisations.Team;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two administrators choosing the same organisation or team name at once: both checks find it
 * free. The other administrator's write lands between this one's check and its own write, exactly
 * where the race falls, and this one must hear that the name is taken, not get a server error.
 */
@IntegrationTest
class SimultaneousNamingTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    Clock clock;

    @Test
    void theSecondOfTwoSimultaneousOrganisationsWithOneNameIsToldTheNameIsTaken() {
        String name = "Same name " + UUID.randomUUID();
        OrganisationStore racing = new OrganisationStore(jdbcClient) {
            @Override
            Optional<Organisation> named(String candidate) {
                Optional<Organisation> found = super.named(candidate);
                insert(new Organisation(UUID.randomUUID(), candidate, OrganisationType.COUNCIL_SERVICE, false), Instant.now());
                return found;
            }
        };
        assertThatThrownBy(() -> new OrganisationService(racing, clock).create(name, OrganisationType.VOLUNTARY_OR_COMMUNITY, false))
                .isInstanceOf(NameTaken.class);
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, name)).isEqualTo(1);
    }

    @Test
    void theSecondOfTwoSimultaneousTeamsWithOneNameIsToldTheNameIsTaken() {
        OrganisationService real = new OrganisationService(new OrganisationStore(jdbcClient), clock);
        UUID organisation = real.create("Org " + UUID.randomUUID(), OrganisationType.COUNCIL_SERVICE, false).id();
        OrganisationStore racing = new OrganisationStore(jdbcClient) {
            @Override
            Optional<Team> teamNamed(UUID organisationId, String candidate) {
                Optional<Team> found = super.teamNamed(organisationId, candidate);
                insert(new Team(UUID.randomUUID(), organisationId, candidate), Instant.now());
                return found;
            }
        };
        assertThatThrownBy(() -> new OrganisationService(racing, clock).createTeam(organisation, "Outreach"))
                .isInstanceOf(NameTaken.class);
        assertThat(jdbc.queryForObject("select count(*) from team where organisation_id = ?", Integer.class, organisation))
                .isEqualTo(1);
    }
}
