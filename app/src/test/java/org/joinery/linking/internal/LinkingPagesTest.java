package org.joinery.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.linking.LinkageRuns;
import org.joinery.linking.StoredModel;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The data team's linkage pages over real HTTP: who may see and start runs, and the model page's charts and table. */
@IntegrationTest
@Import(TestReviewLabels.class)
class LinkingPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ModelStore models;
    @Autowired
    LinkageRuns runs;

    TestStaff staff;
    LinkingFixtures given;
    String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        staff = new TestStaff(jdbc, encoder);
        given = new LinkingFixtures(jdbc, staff, models);
    }

    private UUID host() {
        List<UUID> hosts = jdbc.queryForList("select id from organisation where host", UUID.class);
        return hosts.isEmpty() ? staff.organisation("Borough data team", "COUNCIL_SERVICE", true) : hosts.get(0);
    }

    private long refusalsOf(String username) {
        return jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and category = 'LINKAGE'"
                + " and not allowed", Long.class, username);
    }

    @Test
    void aHostOrganisationAdministratorStartsAFullRunAndSeesItOnTheRunsPage() {
        String admin = staff.user(host(), "data.admin." + suffix, "Data Admin", Role.ADMINISTRATOR);
        given.record(given.housing, "H1", "Ngozi", "Achebe", "1977-02-02", "RM10 1AB");
        WebSession session = WebSession.signedIn(port, admin);

        WebSession.Page started = session.submit("/linking", "/linking/runs", List.of());
        runs.awaitIdle();

        assertThat(started.status()).isEqualTo(302);
        Document page = session.get("/linking").document();
        assertThat(page.select("h1").text()).isEqualTo("Linkage runs");
        assertThat(page.select("table.govuk-table tbody tr").first().text()).contains("Full").contains("Done")
                .contains("Full run with model version");
    }

    @Test
    void anAnalystAPractitionerAndAnotherOrganisationsAdministratorAreRefusedTheLinkagePagesAndEachRefusalIsAudited() {
        UUID host = host();
        String analyst = staff.user(host, "analyst." + suffix, "Analyst", Role.ANALYST);
        String practitioner = staff.user(given.organisation, "worker." + suffix, "Worker", Role.PRACTITIONER);
        String otherAdmin = staff.user(given.organisation, "council.admin." + suffix, "Council Admin", Role.ADMINISTRATOR);

        for (String username : List.of(analyst, practitioner, otherAdmin)) {
            WebSession session = WebSession.signedIn(port, username);
            assertThat(session.get("/linking").status()).as(username).isEqualTo(403);
            assertThat(session.get("/linking/models").status()).as(username).isEqualTo(403);
            assertThat(refusalsOf(username)).as(username).isEqualTo(2);
        }
        assertThat(jdbc.queryForObject("select count(*) from link_run where started_by in (?, ?, ?)", Long.class,
                analyst, practitioner, otherAdmin)).isZero();
    }

    @Test
    void theModelPageDrawsEachComparisonsLevelsAsBarsWithATableOfMUAndMatchWeightAndShowsThePriorAndThreshold() {
        String admin = staff.user(host(), "model.admin." + suffix, "Model Admin", Role.ADMINISTRATOR);
        StoredModel active = models.active().orElseThrow();
        WebSession session = WebSession.signedIn(port, admin);

        Document page = session.get("/linking/models/" + active.version()).document();

        int comparisons = active.model().comparisons().size();
        assertThat(page.select("svg.linking-chart")).hasSize(comparisons);
        assertThat(page.select("svg.linking-chart").first().attr("role")).isEqualTo("img");
        assertThat(page.select("svg.linking-chart title").first().text()).contains("the table below gives the figures");
        assertThat(page.select("table.linking-levels")).hasSize(comparisons);
        var firstComparison = active.model().comparisons().get(0);
        var rows = page.select("table.linking-levels").first().select("tbody tr");
        assertThat(rows).hasSize(firstComparison.levels().size());
        var exact = firstComparison.levels().get(1);
        assertThat(rows.get(1).select("td").get(2).text()).isEqualTo(String.format(java.util.Locale.ROOT, "%+.2f", exact.weight()));
        assertThat(page.select("svg.linking-chart").first().select("rect.linking-bar--for")).isNotEmpty();
        assertThat(page.select("svg.linking-chart").first().select("rect.linking-bar--against")).isNotEmpty();
        assertThat(page.getElementById("prior").text()).contains("match weight");
        assertThat(page.getElementById("threshold").text()).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f",
                active.model().threshold()));
        assertThat(page.select("script:not([src])")).isEmpty();
    }

    @Test
    void aHostAdministratorTrainsAndActivatesAVersionAndSupervisedTrainingWithoutEnoughDecisionsSaysHowManyAreNeeded() {
        String admin = staff.user(host(), "trainer." + suffix, "Trainer", Role.ADMINISTRATOR);
        WebSession session = WebSession.signedIn(port, admin);

        WebSession.Page refused = session.submit("/linking/models", "/linking/models", List.of(Map.entry("training", "SUPERVISED")));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorSummary()).contains("needs at least 20 review decisions");

        int before = models.all().size();
        session.submit("/linking/models", "/linking/models", List.of(Map.entry("training", "EM")));
        runs.awaitIdle();
        assertThat(models.all()).hasSize(before + 1);
        int newest = models.all().get(0).version();
        session.submit("/linking/models", "/linking/models/" + newest + "/activate", List.of());
        assertThat(models.active().orElseThrow().version()).isEqualTo(newest);
    }

    @Test
    void withTwentySamePersonDecisionsAHostAdministratorTrainsASupervisedVersionFromThem() {
        String admin = staff.user(host(), "supervisor." + suffix, "Supervisor", Role.ADMINISTRATOR);
        String[] forenames = {"Adaeze", "Bronwen", "Casimir", "Delphine", "Eamon", "Filippa", "Gaspard", "Hyacinth", "Ignatius",
            "Jolanta", "Kasimir", "Leocadia", "Mstislav", "Nerys", "Orlagh", "Peregrine", "Quillon", "Rosalind", "Siobhan", "Tancred"};
        for (int i = 0; i < forenames.length; i++) {
            String dateOfBirth = String.format("19%02d-0%d-1%d", 50 + i, 1 + i % 9, i % 10);
            given.record(given.housing, "SH" + i, forenames[i], "Vandersloot", dateOfBirth, "RM10 9AP");
            given.record(given.gp, "SG" + i, forenames[i], "Vandersloot", dateOfBirth, "RM10 9AP");
            given.decide(given.sourceName(given.housing), "SH" + i, given.sourceName(given.gp), "SG" + i, "SAME_PERSON");
        }
        int before = models.all().size();

        WebSession.signedIn(port, admin).submit("/linking/models", "/linking/models", List.of(Map.entry("training", "SUPERVISED")));
        runs.awaitIdle();

        assertThat(models.all()).hasSize(before + 1);
        StoredModel trained = models.all().get(0);
        assertThat(trained.training()).isEqualTo(StoredModel.SUPERVISED);
        assertThat(trained.summary()).contains("review decisions as labels");
    }
}
