package org.joinery.accounts;

import org.joinery.testing.WebSession;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserAdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    Fixtures fixtures;
    UUID organisationA;
    UUID teamOfA;
    UUID organisationB;
    WebSession adminOfA;
    String adminOfAName;
    String userOfB;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        fixtures.clearSignInFailures();
        organisationA = fixtures.organisation(Fixtures.unique("Organisation A"), false);
        teamOfA = fixtures.team(organisationA, "Housing options");
        organisationB = fixtures.organisation(Fixtures.unique("Organisation B"), false);
        adminOfAName = fixtures.user(organisationA, Role.ADMINISTRATOR);
        adminOfA = WebSession.signedIn(port, adminOfAName);
        userOfB = fixtures.user(organisationB, Role.PRACTITIONER);
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() {
        String username = Fixtures.unique("new").toLowerCase();
        WebSession.Page created = adminOfA.submit("/admin/users/new", "/admin/users", newUser(username, "Amara Okafor",
                List.of("PRACTITIONER", "TEAM_MANAGER"), teamOfA.toString(), "a long enough password"));
        assertThat(created.status()).isEqualTo(302);
        WebSession.Page list = adminOfA.get(WebSession.path(created.location()));
        assertThat(list.banner()).contains("Amara Okafor can now sign in as " + username);
        assertThat(list.document().select("table").text()).contains("Amara Okafor").contains("Housing options")
                .contains("Practitioner").contains("Team manager");
        assertThat(new WebSession(port).signIn(username, "a long enough password").location()).endsWith("/");
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long enough password");
    }

    @Test
    void missingFieldsShowWhatToEnterAndCreateNothing() {
        long before = users();
        WebSession.Page refused = adminOfA.submit("/admin/users/new", "/admin/users",
                List.of(Map.entry("username", ""), Map.entry("displayName", ""), Map.entry("password", "")));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorSummary()).contains("Enter a username").contains("Enter the person's full name")
                .contains("Select at least one role").contains("Enter a password of at least 12 characters");
        assertThat(refused.inlineError("username")).isEqualTo("Error: Enter a username");
        assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#username", "#displayName", "#roles", "#password");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void oversizedAndMalformedFieldsAreRefusedWithTheirRulesAndNothingIsCreated() {
        long before = users();
        List<Map.Entry<String, String>> fields = new ArrayList<>(newUser("u".repeat(101), "N".repeat(201),
                List.of("PRACTITIONER"), "", "short"));
        fields.add(Map.entry("email", "not-an-address"));
        WebSession.Page refused = adminOfA.submit("/admin/users/new", "/admin/users", fields);
        assertThat(refused.inlineError("username")).contains("must be 100 characters or fewer");
        assertThat(refused.inlineError("displayName")).contains("must be 200 characters or fewer");
        assertThat(refused.inlineError("email")).contains("Enter an email address in the correct format");
        assertThat(refused.inlineError("password")).contains("must be at least 12 characters");
        WebSession.Page badFormat = adminOfA.submit("/admin/users/new", "/admin/users",
                newUser("no spaces allowed", "Someone", List.of("PRACTITIONER"), "", "a long enough password"));
        assertThat(badFormat.inlineError("username")).contains("using only lower case letters, numbers");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void aCreateFormThatDoesNotSayWhichOrganisationIsShownAgainSayingSoAndCreatesNothing() {
        long before = users();
        List<Map.Entry<String, String>> fields = new ArrayList<>(newUser(Fixtures.unique("lost").toLowerCase(), "Lost Person",
                List.of("PRACTITIONER"), "", "a long enough password"));
        fields.add(Map.entry("organisation", ""));
        WebSession.Page refused = adminOfA.submit("/admin/users/new", "/admin/users", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorSummary()).contains("The form did not say which organisation the user is for, so nothing was created");
        assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href")).containsExactly("#organisation");
        assertThat(refused.document().getElementById("organisation")).isNotNull();
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void aUsernameInUseInAnyCaseIsRefused() {
        long before = users();
        WebSession.Page refused = adminOfA.submit("/admin/users/new", "/admin/users",
                newUser(userOfB.toUpperCase(), "Someone Else", List.of("PRACTITIONER"), "", "a long enough password"));
        assertThat(refused.inlineError("username")).contains("The username " + userOfB + " is already in use");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void anAdministratorEditsRolesTeamAndStatusAndADisabledUserCannotSignIn() {
        String practitioner = fixtures.user(organisationA, Role.PRACTITIONER);
        UUID id = fixtures.userId(practitioner);
        WebSession.Page saved = adminOfA.submit("/admin/users/" + id, "/admin/users/" + id, List.of(
                Map.entry("displayName", "Renamed Person"), Map.entry("email", "renamed@example.org"),
                Map.entry("teamId", teamOfA.toString()), Map.entry("roles", "ANALYST"), Map.entry("enabled", "false")));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(jdbc.queryForList("select role from app_user_role where user_id = ?", String.class, id)).containsExactly("ANALYST");
        assertThat(jdbc.queryForObject("select team_id from app_user where id = ?", UUID.class, id)).isEqualTo(teamOfA);
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, id)).isEqualTo("Renamed Person");
        assertThat(new WebSession(port).signIn(practitioner, Fixtures.PASSWORD).location()).endsWith("/sign-in?error");
    }

    @Test
    void anEditWithMissingFieldsChangesNothing() {
        String practitioner = fixtures.user(organisationA, Role.PRACTITIONER);
        UUID id = fixtures.userId(practitioner);
        WebSession.Page refused = adminOfA.submit("/admin/users/" + id, "/admin/users/" + id,
                List.of(Map.entry("displayName", ""), Map.entry("teamId", UUID.randomUUID().toString())));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorSummary()).contains("Enter the person's full name")
                .contains("Select one of this organisation's teams, or no team").contains("Select at least one role");
        assertThat(jdbc.queryForList("select role from app_user_role where user_id = ?", String.class, id)).containsExactly("PRACTITIONER");
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRole() {
        UUID self = fixtures.userId(adminOfAName);
        WebSession.Page refused = adminOfA.submit("/admin/users/" + self, "/admin/users/" + self,
                List.of(Map.entry("displayName", "Me"), Map.entry("roles", "PRACTITIONER"), Map.entry("enabled", "true")));
        assertThat(refused.inlineError("roles")).contains("You cannot remove your own administrator role");
        assertThat(jdbc.queryForList("select role from app_user_role where user_id = ?", String.class, self)).containsExactly("ADMINISTRATOR");
    }

    @Test
    void anAdministratorResetsAPasswordAndOnlyTheNewOneWorks() {
        String practitioner = fixtures.user(organisationA, Role.PRACTITIONER);
        UUID id = fixtures.userId(practitioner);
        WebSession.Page tooShort = adminOfA.submit("/admin/users/" + id + "/password", "/admin/users/" + id + "/password",
                List.of(Map.entry("password", "short")));
        assertThat(tooShort.inlineError("password")).contains("at least 12 characters");
        WebSession.Page reset = adminOfA.submit("/admin/users/" + id + "/password", "/admin/users/" + id + "/password",
                List.of(Map.entry("password", "a brand new passphrase")));
        assertThat(reset.status()).isEqualTo(302);
        assertThat(adminOfA.get(WebSession.path(reset.location())).banner()).contains("password has been reset");
        assertThat(new WebSession(port).signIn(practitioner, Fixtures.PASSWORD).location()).endsWith("/sign-in?error");
        assertThat(new WebSession(port).signIn(practitioner, "a brand new passphrase").location()).endsWith("/");
    }

    @Test
    void anAdministratorCannotSeeOrChangeAnotherOrganisationsUsers() {
        UUID idOfB = fixtures.userId(userOfB);
        String hashBefore = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, idOfB);
        long usersOfB = jdbc.queryForObject("select count(*) from app_user where organisation_id = ?", Long.class, organisationB);

        WebSession.Page refusedList = adminOfA.get("/admin/users?organisation=" + organisationB);
        assertThat(refusedList.status()).isEqualTo(403);
        assertThat(refusedList.document().select("main").text()).contains("You do not have access to this page")
                .contains("No rule allows this.").contains("recorded in the audit log");
        assertThat(adminOfA.get("/admin/users/" + idOfB).status()).isEqualTo(403);
        assertThat(adminOfA.get("/admin/users/" + idOfB + "/password").status()).isEqualTo(403);
        assertThat(adminOfA.get("/admin/users/new?organisation=" + organisationB).status()).isEqualTo(403);
        String csrf = adminOfA.csrfToken("/admin/users/new");
        assertThat(adminOfA.post("/admin/users/" + idOfB, List.of(Map.entry("_csrf", csrf), Map.entry("displayName", "Hijacked"),
                Map.entry("roles", "ADMINISTRATOR"), Map.entry("enabled", "true"))).status()).isEqualTo(403);
        assertThat(adminOfA.post("/admin/users/" + idOfB + "/password", List.of(Map.entry("_csrf", csrf),
                Map.entry("password", "taken over by a"))).status()).isEqualTo(403);
        assertThat(adminOfA.post("/admin/users", newUserIn(organisationB, csrf)).status()).isEqualTo(403);

        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, idOfB)).isEqualTo("Test " + userOfB);
        assertThat(jdbc.queryForList("select role from app_user_role where user_id = ?", String.class, idOfB)).containsExactly("PRACTITIONER");
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, idOfB)).isEqualTo(hashBefore);
        assertThat(jdbc.queryForObject("select count(*) from app_user where organisation_id = ?", Long.class, organisationB))
                .isEqualTo(usersOfB);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and allowed = false "
                + "and category = 'STAFF_ACCOUNT' and data_organisation_id = ?", Long.class, adminOfAName, organisationB))
                .as("each refused attempt on B's accounts is audited").isGreaterThanOrEqualTo(4);
    }

    @Test
    void aHostAdministratorManagesEveryOrganisationsUsers() {
        WebSession hostAdmin = WebSession.signedIn(port, fixtures.user(fixtures.hostOrganisation(), Role.ADMINISTRATOR));
        WebSession.Page users = hostAdmin.get("/admin/users?organisation=" + organisationB);
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.document().select("table").text()).contains(userOfB);
        assertThat(users.document().select("select#organisation option").eachText())
                .contains(jdbc.queryForObject("select name from organisation where id = ?", String.class, organisationB));
        assertThat(hostAdmin.get("/admin/users/" + fixtures.userId(userOfB)).status()).isEqualTo(200);
    }

    @Test
    void everyReadAndWriteOfAStaffAccountLeavesAnAuditEntry() {
        long reads = audited("READ");
        adminOfA.get("/admin/users");
        assertThat(audited("READ")).isEqualTo(reads + 1);

        long writes = audited("WRITE");
        String username = Fixtures.unique("audited").toLowerCase();
        adminOfA.submit("/admin/users/new", "/admin/users", newUser(username, "Audited Person", List.of("ANALYST"), "",
                "a long enough password"));
        UUID id = fixtures.userId(username);
        adminOfA.submit("/admin/users/" + id + "/password", "/admin/users/" + id + "/password",
                List.of(Map.entry("password", "another long password")));
        assertThat(audited("WRITE")).isEqualTo(writes + 2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_id = ? and action = 'WRITE' and allowed = true "
                + "and rule = 'staff-administration' and purpose = 'ADMINISTRATION'", Long.class, id.toString())).isEqualTo(1L);
    }

    private long audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where category = 'STAFF_ACCOUNT' and action = ? "
                + "and actor_username = ?", Long.class, action, adminOfAName);
    }

    private List<Map.Entry<String, String>> newUser(String username, String displayName, List<String> roles, String team,
            String password) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("username", username),
                Map.entry("displayName", displayName), Map.entry("teamId", team), Map.entry("password", password)));
        roles.forEach(role -> fields.add(Map.entry("roles", role)));
        return fields;
    }

    private List<Map.Entry<String, String>> newUserIn(UUID organisation, String csrf) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(newUser("intruder", "Intruder", List.of("ADMINISTRATOR"), "",
                "a long enough password"));
        fields.add(Map.entry("organisation", organisation.toString()));
        fields.add(Map.entry("_csrf", csrf));
        return fields;
    }


    private long users() {
        return jdbc.queryForObject("select count(*) from app_user", Long.class);
    }

}
