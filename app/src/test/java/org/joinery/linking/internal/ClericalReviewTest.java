package org.joinery.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.linking.ReviewDecision;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.LinkageFixtures;
import org.joinery.testing.OwnOrganisationSharingRule;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Clerical review over real HTTP: the data team's queue of uncertain pairs, the pair page and decisions
 * that outlive reruns and reimports; nobody else gets in.
 */
@IntegrationTest
@Import(OwnOrganisationSharingRule.class)
class ClericalReviewTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AccessGate gate;

    @Autowired
    ReviewLabels reviewLabels;

    private ResidentFixtures residents;
    private LinkageFixtures linkage;
    private TestStaff staff;
    private String suffix;
    private String admin;
    private UUID housing;
    private UUID housingSource;
    private UUID healthSource;

    @BeforeEach
    void aDataTeamAndTwoSources() {
        jdbc.update("delete from review_decision");
        jdbc.update("delete from link_pair");
        suffix = UUID.randomUUID().toString().substring(0, 8);
        staff = new TestStaff(jdbc, passwordEncoder);
        residents = new ResidentFixtures(jdbc);
        linkage = new LinkageFixtures(jdbc);
        UUID borough = staff.organisation("Borough " + suffix, "COUNCIL_SERVICE", true);
        housing = staff.organisation("Housing " + suffix, "COUNCIL_SERVICE", false);
        UUID health = staff.organisation("Health " + suffix, "NHS_TRUST", false);
        admin = staff.user(borough, "data-" + suffix, "Data Team", Role.ADMINISTRATOR);
        housingSource = residents.source(housing, "housing-" + suffix, false);
        healthSource = residents.source(health, "health-" + suffix, false);
        linkage.run();
    }

    private long housingRecord(String key, String forenames, String surname) {
        return residents.record(housingSource, key, forenames, surname, "1985-03-02", "RM10 9AP", null);
    }

    private long healthRecord(String key, String forenames, String surname) {
        return residents.record(healthSource, key, forenames, surname, "1985-03-02", "RM10 9AP", null);
    }

    private static List<String> queued(WebSession.Page page) {
        return page.document().select("tr[data-pair]").eachAttr("data-pair");
    }

    @Test
    void theQueueHoldsOnlyPairsBetweenTheReviewProbabilitiesThatNobodyHasDecidedMostUncertainFirst() {
        long a = housingRecord("H1", "Amy", "Smith");
        long b = healthRecord("M1", "Amy", "Smyth");
        long c = housingRecord("H2", "Bob", "Jones");
        long d = healthRecord("M2", "Bob", "Jones");
        long e = housingRecord("H3", "Cat", "Brown");
        long f = healthRecord("M3", "Kat", "Browne");
        long g = housingRecord("H4", "Dan", "White");
        long h = healthRecord("M4", "Dan", "Whyte");
        long i = housingRecord("H5", "Eve", "Green");
        long j = healthRecord("M5", "Eve", "Greene");
        linkage.pair(a, b, 1.2, 0.70);
        linkage.pair(c, d, 5.0, 0.97);
        linkage.pair(e, f, -1.2, 0.30);
        linkage.pair(g, h, 0.2, 0.55);
        linkage.pair(i, j, 2.0, 0.80);
        decided("health-" + suffix, "M5", "housing-" + suffix, "H5", ReviewDecision.SAME_PERSON);

        WebSession.Page page = WebSession.signedIn(port, admin).get("/review");

        assertThat(page.status()).isEqualTo(200);
        assertThat(queued(page)).containsExactly(Math.min(g, h) + "-" + Math.max(g, h), Math.min(a, b) + "-" + Math.max(a, b));
        assertThat(page.document().getElementById("review-count").text()).isEqualTo("2 pairs are waiting for a decision.");
        assertThat(page.document().getElementById("review-band").text()).contains("50%", "95%");
        Element first = page.document().selectFirst("tr[data-pair]");
        assertThat(first.text()).contains("housing-" + suffix + ": H4", "health-" + suffix + ": M4", "55.0%");
    }

    @Test
    void aDecisionIsKeptBySourceAndRecordKeySoItOutlivesARerunAndAReimport() {
        long a = housingRecord("H1", "Amy", "Smith");
        long b = healthRecord("M1", "Amy", "Smyth");
        linkage.pair(a, b, 1.2, 0.70);
        WebSession session = WebSession.signedIn(port, admin);

        WebSession.Page decided = session.submit("/review/" + a + "-" + b, "/review/" + a + "-" + b,
                List.of(Map.entry("decision", "DIFFERENT_PEOPLE"), Map.entry("note", "Different mothers' names")));

        assertThat(decided.status()).isEqualTo(302);
        Map<String, Object> row = jdbc.queryForMap("select * from review_decision");
        assertThat(row).containsEntry("left_source", "health-" + suffix).containsEntry("left_record_key", "M1")
                .containsEntry("right_source", "housing-" + suffix).containsEntry("right_record_key", "H1")
                .containsEntry("decision", "DIFFERENT_PEOPLE").containsEntry("note", "Different mothers' names")
                .containsEntry("decided_by", admin);

        // A rerun scores the pair again, and a reimport gives both records new ids: the decision still holds.
        linkage.forgetPairs();
        jdbc.update("delete from source_record where id in (?, ?)", a, b);
        long newA = housingRecord("H1", "Amy", "Smith");
        long newB = healthRecord("M1", "Amy", "Smyth");
        linkage.run();
        linkage.pair(newA, newB, 1.3, 0.71);

        assertThat(queued(session.get("/review"))).isEmpty();
        WebSession.Page pair = session.get("/review/" + Math.min(newA, newB) + "-" + Math.max(newA, newB));
        assertThat(pair.document().getElementById("review-decided").text())
                .contains("Already decided: Different people, by " + admin).contains("Different mothers' names");
        assertThat(pair.document().selectFirst("input[value=DIFFERENT_PEOPLE]").hasAttr("checked")).isTrue();
    }

    @Test
    void afterADecisionTheNextPairIsShownAndTheDecisionsAreLabelsForLinking() {
        long a = housingRecord("H1", "Amy", "Smith");
        long b = healthRecord("M1", "Amy", "Smyth");
        long c = housingRecord("H2", "Dan", "White");
        long d = healthRecord("M2", "Dan", "Whyte");
        linkage.pair(a, b, 0.1, 0.52);
        linkage.pair(c, d, 1.0, 0.66);
        WebSession session = WebSession.signedIn(port, admin);

        WebSession.Page decided = session.submit("/review/" + a + "-" + b, "/review/" + a + "-" + b,
                List.of(Map.entry("decision", "SAME_PERSON")));

        assertThat(WebSession.path(decided.location())).isEqualTo("/review/" + c + "-" + d);
        WebSession.Page next = session.get("/review/" + c + "-" + d);
        assertThat(next.banner()).contains("Saved: same person");
        WebSession.Page last = session.submit("/review/" + c + "-" + d, "/review/" + c + "-" + d,
                List.of(Map.entry("decision", "CANNOT_TELL")));
        assertThat(WebSession.path(last.location())).isEqualTo("/review");

        var grant = gate.authorise(Actor.system("supervised training"), Action.READ,
                DataRef.of(DataCategory.LINKAGE, null), Purpose.RECORD_LINKAGE);
        assertThat(reviewLabels.labels(grant)).containsExactlyInAnyOrder(
                new LabelledPair("health-" + suffix, "M1", "housing-" + suffix, "H1", ReviewDecision.SAME_PERSON),
                new LabelledPair("health-" + suffix, "M2", "housing-" + suffix, "H2", ReviewDecision.CANNOT_TELL));
    }

    @Test
    void aDecisionMustSayWhichItIsAndNothingIsKeptUntilItDoes() {
        long a = housingRecord("H1", "Amy", "Smith");
        long b = healthRecord("M1", "Amy", "Smyth");
        linkage.pair(a, b, 1.2, 0.70);

        WebSession.Page page = WebSession.signedIn(port, admin).submit("/review/" + a + "-" + b, "/review/" + a + "-" + b,
                List.of(Map.entry("note", "x".repeat(1001))));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.errorSummary()).contains("Select whether the records are the same person, different people, or you cannot tell")
                .contains("The note must be 1,000 characters or fewer");
        assertThat(page.document().title()).startsWith("Error: ");
        assertThat(page.document().selectFirst(".govuk-error-summary a").attr("href")).isEqualTo("#decision");
        assertThat(jdbc.queryForObject("select count(*) from review_decision", Long.class)).isZero();
    }

    @Test
    void thePairPageShowsBothRecordsSideBySideAsReceivedAndTheWaterfallOfTheActiveModel() {
        long a = housingRecord("H1", "Amy", "Smith");
        long b = healthRecord("M1", "amy", "Smyth");
        linkage.pair(a, b, 1.2, 0.70);
        int version = linkage.activeModel();

        WebSession.Page page = WebSession.signedIn(port, admin).get("/review/" + a + "-" + b);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("table.joinery-side-by-side thead th")).hasSize(3);
        assertThat(page.document().select("tr[data-field=surname] mark.joinery-differs")).hasSize(2);
        assertThat(page.document().select("tr[data-field=forenames] mark")).as("case is not a disagreement").isEmpty();
        assertThat(page.document().selectFirst("tr[data-field=date_of_birth]").text()).contains("2 March 1985");
        assertThat(page.document().select(".govuk-details__summary-text").eachText())
                .anyMatch(text -> text.contains("H1")).anyMatch(text -> text.contains("M1"));
        assertThat(page.document().selectFirst("#waterfall").text()).contains("linkage model version " + version);
        assertThat(page.document().select("#waterfall tr[data-comparison]").eachAttr("data-comparison"))
                .contains("prior", "forenames", "surname", "date_of_birth", "postcode");
        assertThat(page.document().selectFirst("#waterfall svg[role=img]")).isNotNull();

        linkage.noActiveModel();
        WebSession.Page withoutModel = WebSession.signedIn(port, admin).get("/review/" + a + "-" + b);
        assertThat(withoutModel.document().selectFirst("#waterfall").text()).contains("There is no trained active linkage model");
    }

    @Test
    void practitionersAnalystsAndOtherOrganisationsAdministratorsCannotReachClericalReviewAndAreAudited() {
        long a = housingRecord("H1", "Amy", "Smith");
        long b = healthRecord("M1", "Amy", "Smyth");
        linkage.pair(a, b, 1.2, 0.70);
        UUID borough = jdbc.queryForObject("select id from organisation where name = ?", UUID.class, "Borough " + suffix);
        List<String> refused = List.of(staff.user(housing, "worker-" + suffix, "Worker", Role.PRACTITIONER),
                staff.user(borough, "analyst-" + suffix, "Analyst", Role.ANALYST),
                staff.user(housing, "hadmin-" + suffix, "Housing admin", Role.ADMINISTRATOR));

        for (String username : refused) {
            WebSession session = WebSession.signedIn(port, username);
            assertThat(session.get("/review").status()).as(username).isEqualTo(403);
            assertThat(session.get("/review/" + a + "-" + b).status()).as(username).isEqualTo(403);
            WebSession.Page post = session.post("/review/" + a + "-" + b, List.of(Map.entry("_csrf",
                    session.csrfToken("/")), Map.entry("decision", "SAME_PERSON")));
            assertThat(post.status()).as(username).isEqualTo(403);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and category = 'LINKAGE'"
                    + " and not allowed", Long.class, username)).as(username).isGreaterThanOrEqualTo(3);
        }
        assertThat(jdbc.queryForObject("select count(*) from review_decision", Long.class)).isZero();
    }

    private void decided(String leftSource, String leftKey, String rightSource, String rightKey, ReviewDecision decision) {
        jdbc.update("""
                insert into review_decision (id, left_source, left_record_key, right_source, right_record_key, decision,
                                             decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, 'someone', ?)
                """, UUID.randomUUID(), leftSource, leftKey, rightSource, rightKey, decision.name(), Timestamp.from(Instant.now()));
    }
}
