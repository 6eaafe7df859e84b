package org.joinery.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.Actor;
import org.joinery.access.Grant;
import org.joinery.access.Role;
import org.joinery.accounts.Fixtures;
import org.joinery.accounts.InvalidAccount;
import org.joinery.accounts.NewAccount;
import org.joinery.accounts.StaffAdministration;
import org.joinery.organisations.Organisations;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two administrators creating the same username at once: both checks find it free, and the
 * second insert meets the database's unique constraint. The other administrator's account is
 * written between this one's check and its insert, exactly where the race falls.
 */
@IntegrationTest
class SimultaneousAccountCreationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AccessGate gate;

    @Autowired
    Organisations organisations;

    @Autowired
    Clock clock;

    @Autowired
    LiveSessions sessions;

    @Test
    void theSecondOfTwoSimultaneousCreatesOfOneUsernameIsToldTheUsernameIsTaken() {
        Fixtures fixtures = new Fixtures(jdbc, passwords);
        UUID organisation = fixtures.organisation(Fixtures.unique("Org"), false);
        String administrator = fixtures.user(organisation, Role.ADMINISTRATOR);
        Actor actor = new Actor(fixtures.userId(administrator), administrator, organisation, false, Set.of(Role.ADMINISTRATOR));
        String username = Fixtures.unique("twice").toLowerCase();

        AccountStore racing = new AccountStore(jdbcClient) {
            @Override
            public boolean usernameTaken(Grant grant, String name) {
                boolean taken = super.usernameTaken(grant, name);
                new TestStaff(jdbc, passwords).user(organisation, name, "First Person", Role.PRACTITIONER);
                return taken;
            }
        };
        StaffAdministration administration = new StaffAdministrationService(gate, racing, organisations, passwords, clock, sessions);

        InvalidAccount refused = catchThrowableOfType(InvalidAccount.class, () -> administration.create(actor,
                new NewAccount(username, "Second Person", null, organisation, null, Set.of(Role.PRACTITIONER),
                        "a long enough password"), true));

        assertThat(refused).as("a specific refusal, not a server error").isNotNull();
        assertThat(refused.errors().get("username").messageKey()).isEqualTo("admin.user.username.taken");
        assertThat(refused.errors().get("username").args()).containsExactly(username);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username)).isEqualTo(1);
    }
}
