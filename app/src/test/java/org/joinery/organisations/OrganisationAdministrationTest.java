package org.joinery.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.accounts.Fixtures;
import org.joinery.testing.WebSession;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class OrganisationAdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    Fixtures fixtures;
    WebSession hostAdmin;
    UUID organisationA;
    UUID organisationB;
    UUID teamOfB;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        fixtures.clearSignInFailures();
        hostAdmin = WebSession.signedIn(port, fixtures.user(fixtures.hostOrganisation(), Role.ADMINISTRATOR));
        organisationA = fixtures.organisation(Fixtures.unique("Organisation A"), false);
        organisationB = fixtures.organisation(Fixtures.unique("Organisation B"), false);
        teamOfB = fixtures.team(organisationB, "Outreach");
    }

    @Test
    void aHostAdministratorCreatesAnOrganisation() {
        String name = Fixtures.unique("Thames Housing");
        WebSession.Page created = hostAdmin.submit("/admin/organisations/new", "/admin/organisations",
                List.of(Map.entry("name", "  " + name + " "), Map.entry("type", "HOUSING_PROVIDER")));
        assertThat(created.status()).isEqualTo(302);
        WebSession.Page shown = hostAdmin.get(WebSession.path(created.location()));
        assertThat(shown.banner()).contains(name + " has been created");
        assertThat(shown.document().select(".govuk-summary-list").text()).contains(name).contains("Housing provider");
        assertThat(jdbc.queryForObject("select type from organisation where name = ?", String.class, name)).isEqualTo("HOUSING_PROVIDER");
    }

    @Test
    void missingFieldsShowWhatToEnterAndCreateNothing() {
        long before = organisations();
        WebSession.Page refused = hostAdmin.submit("/admin/organisations/new", "/admin/organisations", List.of(Map.entry("name", " ")));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorSummary()).contains("Enter the organisation's name").contains("Select the type of organisation");
        assertThat(refused.inlineError("name")).isEqualTo("Error: Enter the organisation's name");
        assertThat(refused.document().getElementById("name").hasClass("govuk-input--error")).isTrue();
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void anOversizedNameIsRefusedWithItsLimitAndNothingIsCreated() {
        long before = organisations();
        WebSession.Page refused = hostAdmin.submit("/admin/organisations/new", "/admin/organisations",
                List.of(Map.entry("name", "N".repeat(201)), Map.entry("type", "FUNDER")));
        assertThat(refused.inlineError("name")).contains("must be 200 characters or fewer");
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void aDuplicateOrganisationNameInAnyCaseIsRefused() {
        String existing = jdbc.queryForObject("select name from organisation where id = ?", String.class, organisationA);
        long before = organisations();
        WebSession.Page refused = hostAdmin.submit("/admin/organisations/new", "/admin/organisations",
                List.of(Map.entry("name", existing.toUpperCase()), Map.entry("type", "FUNDER")));
        assertThat(refused.inlineError("name")).contains("There is already an organisation called");
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void anAdministratorAddsAndRenamesATeamOfTheirOwnOrganisation() {
        WebSession admin = WebSession.signedIn(port, fixtures.user(organisationA, Role.ADMINISTRATOR));
        String page = "/admin/organisations/" + organisationA;
        WebSession.Page added = admin.submit(page + "/teams/new", page + "/teams", List.of(Map.entry("name", "Rough sleeping")));
        assertThat(added.status()).isEqualTo(302);
        assertThat(admin.get(page).document().select("table").text()).contains("Rough sleeping");
        UUID team = jdbc.queryForObject("select id from team where organisation_id = ? and name = 'Rough sleeping'", UUID.class, organisationA);

        WebSession.Page renamed = admin.submit(page + "/teams/" + team, page + "/teams/" + team, List.of(Map.entry("name", "Street outreach")));
        assertThat(renamed.status()).isEqualTo(302);
        assertThat(admin.get(page).banner()).contains("Rough sleeping is now called Street outreach");
        assertThat(jdbc.queryForObject("select name from team where id = ?", String.class, team)).isEqualTo("Street outreach");
    }

    @Test
    void aDuplicateOrMissingTeamNameIsRefusedAndNothingChanges() {
        String page = "/admin/organisations/" + organisationB;
        WebSession.Page duplicate = hostAdmin.submit(page + "/teams/new", page + "/teams", List.of(Map.entry("name", "OUTREACH")));
        assertThat(duplicate.inlineError("name")).contains("already has a team called OUTREACH");
        WebSession.Page missing = hostAdmin.submit(page + "/teams/new", page + "/teams", List.of(Map.entry("name", "")));
        assertThat(missing.inlineError("name")).contains("Enter the team's name");
        WebSession.Page oversized = hostAdmin.submit(page + "/teams/" + teamOfB, page + "/teams/" + teamOfB,
                List.of(Map.entry("name", "T".repeat(201))));
        assertThat(oversized.inlineError("name")).contains("200 characters or fewer");
        assertThat(jdbc.queryForList("select name from team where organisation_id = ?", String.class, organisationB))
                .containsExactly("Outreach");
    }

    @Test
    void anAdministratorCannotViewOrEditAnotherOrganisationsTeams() {
        WebSession adminOfA = WebSession.signedIn(port, fixtures.user(organisationA, Role.ADMINISTRATOR));
        String pageOfB = "/admin/organisations/" + organisationB;
        WebSession.Page refused = adminOfA.get(pageOfB);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.document().select("h1").text()).isEqualTo("You do not have access to this page");
        assertThat(adminOfA.get(pageOfB + "/teams/" + teamOfB).status()).isEqualTo(403);
        String csrf = adminOfA.csrfToken("/admin/organisations/" + organisationA + "/teams/new");
        assertThat(adminOfA.post(pageOfB + "/teams/" + teamOfB, List.of(Map.entry("_csrf", csrf), Map.entry("name", "Taken over")))
                .status()).isEqualTo(403);
        assertThat(adminOfA.post(pageOfB + "/teams", List.of(Map.entry("_csrf", csrf), Map.entry("name", "Intruders")))
                .status()).isEqualTo(403);
        assertThat(jdbc.queryForList("select name from team where organisation_id = ?", String.class, organisationB))
                .containsExactly("Outreach");
        assertThat(adminOfA.get("/admin/organisations").document().select("table").text())
                .doesNotContain(jdbc.queryForObject("select name from organisation where id = ?", String.class, organisationB));
    }

    @Test
    void onlyHostAdministratorsCreateOrganisations() {
        WebSession adminOfA = WebSession.signedIn(port, fixtures.user(organisationA, Role.ADMINISTRATOR));
        assertThat(adminOfA.get("/admin/organisations").document().select("a[href=/admin/organisations/new]")).isEmpty();
        assertThat(adminOfA.get("/admin/organisations/new").status()).isEqualTo(403);
        long before = organisations();
        String csrf = adminOfA.csrfToken("/admin/organisations/" + organisationA + "/teams/new");
        assertThat(adminOfA.post("/admin/organisations", List.of(Map.entry("_csrf", csrf), Map.entry("name", "Rogue"),
                Map.entry("type", "FUNDER"))).status()).isEqualTo(403);
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndCreatesNothing() {
        long before = organisations();
        WebSession.Page refused = hostAdmin.post("/admin/organisations", List.of(Map.entry("name", "No token"), Map.entry("type", "FUNDER")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void aPractitionerCannotReachTheAdministrationPages() {
        WebSession practitioner = WebSession.signedIn(port, fixtures.user(organisationA, Role.PRACTITIONER, Role.TEAM_MANAGER));
        for (String page : List.of("/admin/organisations", "/admin/organisations/" + organisationA, "/admin/users",
                "/admin/users/new")) {
            assertThat(practitioner.get(page).status()).as(page).isEqualTo(403);
        }
        assertThat(practitioner.get("/").document().select("nav").text()).doesNotContain("Organisations").doesNotContain("Users");
    }


    private long organisations() {
        return jdbc.queryForObject("select count(*) from organisation", Long.class);
    }

}
