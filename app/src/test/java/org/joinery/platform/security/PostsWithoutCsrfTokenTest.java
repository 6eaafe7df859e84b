package org.joinery.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.accounts.Fixtures;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every form that changes something refuses a post without its CSRF token, even from a signed-in
 * person allowed to send it, and changes nothing: not even an audit entry is written.
 */
@IntegrationTest
class PostsWithoutCsrfTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    Fixtures fixtures;
    UUID organisation;
    WebSession administrator;
    UUID practitionerId;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        fixtures.clearSignInFailures();
        organisation = fixtures.organisation(Fixtures.unique("Org"), false);
        administrator = WebSession.signedIn(port, fixtures.user(organisation, Role.ADMINISTRATOR));
        practitionerId = fixtures.userId(fixtures.user(organisation, Role.PRACTITIONER));
    }

    @Test
    void creatingAUserWithoutTheTokenIsRefusedAndCreatesNobody() {
        String username = Fixtures.unique("forged").toLowerCase();
        refusedAndNothingAudited(administrator, "/admin/users", List.of(Map.entry("organisation", organisation.toString()),
                Map.entry("username", username), Map.entry("displayName", "Forged Person"), Map.entry("roles", "ADMINISTRATOR"),
                Map.entry("password", "a long enough password")));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username)).isZero();
    }

    @Test
    void editingAUserWithoutTheTokenIsRefusedAndChangesNothing() {
        refusedAndNothingAudited(administrator, "/admin/users/" + practitionerId, List.of(Map.entry("displayName", "Forged Name"),
                Map.entry("roles", "ADMINISTRATOR"), Map.entry("enabled", "false")));
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, practitionerId)).isTrue();
        assertThat(jdbc.queryForList("select role from app_user_role where user_id = ?", String.class, practitionerId))
                .containsExactly("PRACTITIONER");
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, practitionerId))
                .doesNotContain("Forged");
    }

    @Test
    void resettingAPasswordWithoutTheTokenIsRefusedAndKeepsTheOldOne() {
        String before = passwordHash();
        refusedAndNothingAudited(administrator, "/admin/users/" + practitionerId + "/password",
                List.of(Map.entry("password", "a forged new passphrase")));
        assertThat(passwordHash()).isEqualTo(before);
    }

    @Test
    void checkingTheAuditLogFromAdministrationWithoutTheTokenIsRefusedAndNotRun() {
        refusedAndNothingAudited(administrator, "/admin/audit-check", List.of());
    }

    @Test
    void verifyingTheAuditLogWithoutTheTokenIsRefusedAndNotRun() {
        WebSession officer = WebSession.signedIn(port, fixtures.user(organisation, Role.INFORMATION_GOVERNANCE_OFFICER));
        refusedAndNothingAudited(officer, "/audit/verify", List.of());
    }

    @Test
    void checkingWhetherAResidentWasSearchedForWithoutTheTokenIsRefused() {
        WebSession officer = WebSession.signedIn(port, fixtures.user(organisation, Role.INFORMATION_GOVERNANCE_OFFICER));
        refusedAndNothingAudited(officer, "/audit/searched-for", List.of(Map.entry("surname", "Quarrington")));
    }

    @Test
    void signingOutWithoutTheTokenIsRefusedAndLeavesThePersonSignedIn() {
        refusedAndNothingAudited(administrator, "/sign-out", List.of());
        assertThat(administrator.get("/").status()).isEqualTo(200);
    }

    private void refusedAndNothingAudited(WebSession session, String path, List<Map.Entry<String, String>> fields) {
        long auditEntries = auditEntries();
        assertThat(session.post(path, fields).status()).isEqualTo(403);
        assertThat(auditEntries()).as("audit entries").isEqualTo(auditEntries);
    }

    private long auditEntries() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    private String passwordHash() {
        return jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, practitionerId);
    }
}
