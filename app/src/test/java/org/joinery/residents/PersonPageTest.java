package org.joinery.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.LinkageFixtures;
import org.joinery.testing.OwnOrganisationSharingRule;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The person page over real HTTP, with a stand-in for the sharing rule (own organisation's records only):
 * a housing officer sees housing's records side by side, that probation holds one and whom to ask, and
 * nothing of the refuge.
 */
@IntegrationTest
@Import(OwnOrganisationSharingRule.class)
class PersonPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private ResidentFixtures residents;
    private LinkageFixtures linkage;
    private String suffix;
    private String officer;
    private String analyst;
    private String joineryId;
    private UUID personId;
    private long housing1;
    private long housing2;
    private long housing3;
    private long probation1;
    private long refuge1;

    @BeforeEach
    void aResidentKnownToHousingProbationAndARefuge() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        TestStaff staff = new TestStaff(jdbc, passwordEncoder);
        residents = new ResidentFixtures(jdbc);
        linkage = new LinkageFixtures(jdbc);
        UUID housing = staff.organisation("Housing " + suffix, "COUNCIL_SERVICE", false);
        UUID probation = staff.organisation("Probation " + suffix, "COUNCIL_SERVICE", false);
        UUID refuge = staff.organisation("Refuge " + suffix, "COUNCIL_SERVICE", false);
        officer = staff.user(housing, "officer-" + suffix, "Housing Officer", Role.PRACTITIONER);
        analyst = staff.user(housing, "analyst-" + suffix, "Analyst", Role.ANALYST);
        UUID housingSource = residents.source(housing, "housing-" + suffix, false);
        UUID probationSource = residents.source(probation, "probation-" + suffix, false);
        UUID refugeSource = residents.source(refuge, "refuge-" + suffix, true);
        housing1 = residents.record(housingSource, "H1", "Amy", "SMITH", "1985-03-02", "RM10 9AP", null);
        housing2 = residents.record(housingSource, "H2", "amy", "Smith ", "1985-03-02", "RM10 9AP", null);
        housing3 = residents.record(housingSource, "H3", "=HYPERLINK('http://x.example')", "Smith", "1985-02-03", "RM10 9AP", null);
        probation1 = residents.record(probationSource, "P1", "Amelia", "Pemberton-Oduya", "1985-03-02", "IG11 7QA", null);
        refuge1 = residents.record(refugeSource, "R1", "Amy", "Hollowbrook", "1985-03-02", "RM9 4XX", null);
        joineryId = "J" + suffix.substring(0, 7).toUpperCase();
        personId = residents.person(joineryId, List.of(housing1, housing2, housing3, probation1, refuge1));
        residents.involvement(personId, housing, housingSource, false);
        residents.involvement(personId, probation, probationSource, false);
        residents.involvement(personId, refuge, refugeSource, true);
    }

    private Document page() {
        WebSession.Page page = WebSession.signedIn(port, officer).get("/residents/" + joineryId);
        assertThat(page.status()).isEqualTo(200);
        return page.document();
    }

    @Test
    void aPractitionerSeesTheirOwnOrganisationsRecordsSideBySideWithDisagreementsHighlighted() {
        Document page = page();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Joinery ID " + joineryId);
        assertThat(page.select("table.joinery-side-by-side thead th").eachText()).hasSize(4)
                .allMatch(heading -> heading.equals("Detail") || heading.startsWith("Housing " + suffix));
        assertThat(page.select("tr[data-field=surname] mark")).as("case and spacing are not disagreements").isEmpty();
        Element dateOfBirth = page.selectFirst("tr[data-field=date_of_birth]");
        assertThat(dateOfBirth.select("td").eachText()).containsExactly("2 March 1985", "2 March 1985",
                "3 February 1985 (differs from the other records)");
        assertThat(dateOfBirth.select("mark").eachText()).containsExactly("3 February 1985 (differs from the other records)");
        assertThat(page.select("#involved tbody tr").eachText()).anyMatch(row -> row.contains("Housing " + suffix)
                && row.contains("Your organisation")).anyMatch(row -> row.contains("Probation " + suffix))
                .noneMatch(row -> row.contains("Refuge " + suffix));
    }

    @Test
    void anotherOrganisationsRecordWithoutAccessShowsOnlyWhoHoldsItAndWhomToContact() {
        Document page = page();

        assertThat(page.select("#held-elsewhere li").eachText()).containsExactly("Probation " + suffix
                + " holds a record (Test source probation-" + suffix + ") \u2014 contact Duty desk of probation-" + suffix);
        assertThat(page.text()).doesNotContain("Pemberton-Oduya").doesNotContain("Amelia").doesNotContain("IG11 7QA");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and category = 'IDENTITY'"
                + " and subject_id = ? and not allowed", Long.class, officer, joineryId)).isEqualTo(2);
    }

    @Test
    void aSensitiveSourceOfAnotherOrganisationIsNotShownAtAll() {
        Document page = page();

        assertThat(page.text()).doesNotContain("Refuge " + suffix).doesNotContain("refuge-" + suffix)
                .doesNotContain("Hollowbrook").doesNotContain("RM9 4XX");
    }

    @Test
    void theDetailsDownloadHoldsTheVisibleDetailsWithFormulasNeutralised() {
        HttpResponse<String> csv = WebSession.signedIn(port, officer).download("/residents/" + joineryId + "/details.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
                .contains(joineryId + "-details.csv");
        assertThat(csv.body()).contains(",'=HYPERLINK('http://x.example')").doesNotContain(",=HYPERLINK")
                .contains("Date of birth,2 March 1985,2 March 1985,3 February 1985").doesNotContain("Pemberton").doesNotContain("Hollowbrook");
    }

    @Test
    void whyTheRecordsWereLinkedShowsTheVisiblePairsWithTheirWaterfallAndTheHistory() {
        linkage.activeModel();
        linkage.pair(housing1, housing2, 9.5, 0.998);
        linkage.pair(housing1, probation1, 4.0, 0.94);

        Document page = page();

        assertThat(page.select(".govuk-details__summary-text").eachText()).hasSize(1).first().asString()
                .contains("(H1)", "(H2)", "99.8%");
        assertThat(page.selectFirst("#waterfall-1").text()).contains("99.8%").contains("linkage model version");
        assertThat(page.select("#waterfall-1 tr[data-comparison]").eachAttr("data-comparison")).contains("prior", "surname");
        assertThat(page.select("#history tbody tr").eachText()).anyMatch(row -> row.contains("Created") && row.contains("test fixture"));
    }

    @Test
    void viewingPagesWithWaterfallsAndMergedIdsManyTimesKeepsNoDatabaseConnection() {
        linkage.activeModel();
        linkage.pair(housing1, housing2, 9.5, 0.998);
        UUID later = residents.person("L" + suffix.substring(0, 7).toUpperCase(), List.of());
        linkage.merge(personId, later);
        WebSession session = WebSession.signedIn(port, officer);

        // More views than the pool has connections (10): a connection left open by any of them would show here.
        for (int view = 0; view < 12; view++) {
            assertThat(session.get("/residents/" + joineryId).status()).isEqualTo(302);
            assertThat(session.get("/residents/L" + suffix.substring(0, 7).toUpperCase()).status()).isEqualTo(200);
        }
    }

    @Test
    void aRetiredJoineryIdLeadsToThePersonItWasMergedInto() {
        UUID later = residents.person("K" + suffix.substring(0, 7).toUpperCase(), List.of());
        linkage.merge(personId, later);
        WebSession session = WebSession.signedIn(port, officer);

        WebSession.Page moved = session.get("/residents/" + joineryId);

        assertThat(moved.status()).isEqualTo(302);
        String target = "/residents/K" + suffix.substring(0, 7).toUpperCase();
        assertThat(WebSession.path(moved.location())).isEqualTo(target);
        WebSession.Page page = session.get(target);
        assertThat(page.banner()).contains("Joinery ID " + joineryId + " was merged into K");
        assertThat(page.document().select("table.joinery-side-by-side thead th")).hasSize(4);
    }

    @Test
    void aJoineryIdThatNobodyHasGivesAHelpfulPageNotFound() {
        WebSession session = WebSession.signedIn(port, officer);

        for (String id : List.of("NOBODY1", "not a joinery id!")) {
            WebSession.Page page = session.get("/residents/" + id.replace(" ", "%20"));
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.document().selectFirst("h1").text()).isEqualTo("No resident has this Joinery ID");
            assertThat(page.document().select("main a[href=/find]")).hasSize(1);
        }
    }

    @Test
    void anAnalystCannotSeeAPersonAndTheRefusalIsAudited() {
        WebSession.Page page = WebSession.signedIn(port, analyst).get("/residents/" + joineryId);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.document().text()).doesNotContain("SMITH");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and subject_id = ? and not allowed",
                Long.class, analyst, joineryId)).isEqualTo(1);
    }

    @Test
    void theHistoryNamesNoRecordTheReaderMayNotSeeAndNeverTheRefuge() {
        residents.event(personId, "RECORD_ADDED", "Record housing-" + suffix + ":H2 was added: it matches housing-" + suffix
                + ":H1 with match weight 9.5 (probability 0.9986).", housing2, housing1);
        residents.event(personId, "RECORD_ADDED", "Record probation-" + suffix + ":P1 was added: it matches housing-" + suffix
                + ":H1 with match weight 4.0 (probability 0.9400).", probation1, housing1);
        residents.event(personId, "RECORD_ADDED", "Record refuge-" + suffix + ":R1 was added: it matches housing-" + suffix
                + ":H1 with match weight 6.0 (probability 0.9800).", refuge1, housing1);

        Document page = page();

        List<String> history = page.select("#history tbody tr").eachText();
        assertThat(history).as("the fixture's creation, the housing record, the probation record; not the refuge's")
                .hasSize(3);
        assertThat(history).anyMatch(row -> row.contains("housing-" + suffix + ":H2 was added"))
                .anyMatch(row -> row.contains("Record added") && row.contains("names records you may not see"));
        assertThat(page.select("#history").text()).doesNotContain("probation-" + suffix).doesNotContain(":P1")
                .doesNotContain("refuge-" + suffix).doesNotContain("R1").doesNotContain("6.0");
    }

    @Test
    void aPersonKnownOnlyToAnotherOrganisationsRefugeShowsNoneOfItsHistory() {
        UUID refuge = jdbc.queryForObject("select organisation_id from source where name = ?", UUID.class, "refuge-" + suffix);
        UUID refugeSource = jdbc.queryForObject("select id from source where name = ?", UUID.class, "refuge-" + suffix);
        long only = residents.record(refugeSource, "R2", "Bea", "Quillfeather", "1990-01-01", "RM9 4XX", null);
        String hidden = "Q" + suffix.substring(0, 7).toUpperCase();
        UUID person = residents.person(hidden, List.of(only));
        residents.involvement(person, refuge, refugeSource, true);
        residents.event(person, "CREATED", "New person from 1 record (refuge-" + suffix + ":R2) that links to no existing person.",
                only);

        WebSession.Page page = WebSession.signedIn(port, officer).get("/residents/" + hidden);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#history tbody tr").eachText()).noneMatch(row -> row.contains("New person"));
        assertThat(page.document().text()).doesNotContain("refuge-" + suffix).doesNotContain("R2").doesNotContain("1 record");
    }

    @Test
    void theDetailsDownloadIsRefusedLikeThePageWhenNoneOfTheRecordsMayBeSeen() {
        UUID elsewhere = new TestStaff(jdbc, passwordEncoder).organisation("Elsewhere " + suffix, "COUNCIL_SERVICE", false);
        String outsider = new TestStaff(jdbc, passwordEncoder).user(elsewhere, "outsider-" + suffix, "Outsider", Role.PRACTITIONER);

        HttpResponse<String> csv = WebSession.signedIn(port, outsider).download("/residents/" + joineryId + "/details.csv");

        assertThat(csv.statusCode()).isEqualTo(403);
        assertThat(csv.body()).doesNotContain("SMITH").contains("You do not have access");
    }

    @Test
    void thePageStatesOneMatchWeightForALinkWhereverItShowsIt() {
        linkage.activeModel();
        linkage.pair(housing1, housing2, 9.5, 0.998);

        Document page = page();

        Element waterfall = page.selectFirst("#waterfall-1");
        String stated = waterfall.selectFirst("p[data-stored-probability]").text().replaceAll(".*match weight ([-0-9.]+)\\).*", "$1");
        String total = waterfall.selectFirst(".joinery-waterfall__weight").text();
        String caption = waterfall.selectFirst("desc").text().replaceAll(".*ending at ([-0-9.]+) .*", "$1");
        assertThat(stated).isEqualTo("9.50");
        assertThat(total).as("the waterfall's total").isEqualTo(stated);
        assertThat(caption).as("the chart's caption").isEqualTo(stated);
    }
}
