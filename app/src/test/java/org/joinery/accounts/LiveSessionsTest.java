package org.joinery.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What happens to sessions already signed in when an administrator changes the account. */
@IntegrationTest
class LiveSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    Fixtures fixtures;
    UUID organisation;
    WebSession administrator;
    String practitioner;
    UUID practitionerId;
    WebSession practitionerSession;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        fixtures.clearSignInFailures();
        organisation = fixtures.organisation(Fixtures.unique("Org"), false);
        administrator = WebSession.signedIn(port, fixtures.user(organisation, Role.ADMINISTRATOR));
        practitioner = fixtures.user(organisation, Role.PRACTITIONER);
        practitionerId = fixtures.userId(practitioner);
        practitionerSession = WebSession.signedIn(port, practitioner);
        assertThat(practitionerSession.get("/").status()).isEqualTo(200);
    }

    @Test
    void aSignedInUserWhoseAccountIsThenDisabledIsSentToSignInOnTheirNextRequest() {
        assertThat(edit("PRACTITIONER", "false").status()).isEqualTo(302);
        WebSession.Page next = practitionerSession.get("/");
        assertThat(next.status()).isEqualTo(302);
        assertThat(WebSession.path(next.location())).isEqualTo("/sign-in?session-ended");
        assertThat(practitionerSession.get("/sign-in?session-ended").banner()).contains("Your session has ended");
        assertThat(practitionerSession.get("/").location()).endsWith("/sign-in");
    }

    @Test
    void aSignedInUserWhoseRolesAreChangedSignsInAgainAndThenHasTheNewRoles() {
        assertThat(edit("ADMINISTRATOR", "true").status()).isEqualTo(302);
        assertThat(practitionerSession.get("/").location()).endsWith("/sign-in?session-ended");
        WebSession again = WebSession.signedIn(port, practitioner);
        assertThat(again.get("/admin/users").status()).isEqualTo(200);
    }

    @Test
    void aSignedInUserWhosePasswordIsResetIsSignedOut() {
        WebSession.Page reset = administrator.submit("/admin/users/" + practitionerId + "/password",
                "/admin/users/" + practitionerId + "/password", List.of(Map.entry("password", "a brand new passphrase")));
        assertThat(reset.status()).isEqualTo(302);
        assertThat(practitionerSession.get("/").location()).endsWith("/sign-in?session-ended");
    }

    @Test
    void aChangeOfDisplayNameAloneLeavesTheSessionAlone() {
        assertThat(edit("PRACTITIONER", "true").status()).isEqualTo(302);
        assertThat(practitionerSession.get("/").status()).isEqualTo(200);
    }

    private WebSession.Page edit(String role, String enabled) {
        return administrator.submit("/admin/users/" + practitionerId, "/admin/users/" + practitionerId, List.of(
                Map.entry("displayName", "Renamed Person"), Map.entry("roles", role), Map.entry("enabled", enabled)));
    }
}
