package org.joinery.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.linking.LinkageRuns;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.OwnOrganisationSharingRule;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * From a real linkage run to a reviewer's decision and back: the pair page explains the run's link with the
 * active trained model, "different people" keeps the records apart in the next run, and the person page
 * shows the person as the run left them.
 */
@IntegrationTest
@Import({TestReviewLabels.class, OwnOrganisationSharingRule.class})
class ReviewedLinkageEndToEndTest {

    private static final Actor SYSTEM = Actor.system("linking test");

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

    @Test
    void aLinkTheDataTeamDecidesIsTwoPeopleIsUndoneByTheNextRunAndThePersonPageShowsIt() {
        TestStaff staff = new TestStaff(jdbc, encoder);
        LinkingFixtures given = new LinkingFixtures(jdbc, staff, models);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String dataTeam = staff.user(staff.organisation("Host " + suffix, "COUNCIL_SERVICE", true), "data-" + suffix,
                "Data Team", Role.ADMINISTRATOR);
        String officer = staff.user(given.organisation, "officer-" + suffix, "Officer", Role.PRACTITIONER);
        long housing = given.record(given.housing, "H1", "Amelia", "Okonkwo-Hart", "1985-03-02", "RM10 9AP");
        long gp = given.record(given.gp, "G1", "Amelia", "Okonkwo Hart", "1985-03-02", "RM10 9AP");
        runs.linkAll(SYSTEM);
        assertThat(given.personOf(housing)).isEqualTo(given.personOf(gp));
        String joineryId = given.joineryIdOf(housing);
        String pair = Math.min(housing, gp) + "-" + Math.max(housing, gp);

        WebSession reviewer = WebSession.signedIn(port, dataTeam);
        Document pairPage = reviewer.get("/review/" + pair).document();
        assertThat(pairPage.selectFirst("#waterfall").text()).contains("linkage model version " + models.active().orElseThrow().version());
        assertThat(pairPage.select("#waterfall tr[data-comparison]").eachAttr("data-comparison")).contains("prior", "surname");
        assertThat(pairPage.select("tr[data-field=surname] mark")).hasSize(2);
        reviewer.submit("/review/" + pair, "/review/" + pair, List.of(Map.entry("decision", "DIFFERENT_PEOPLE"),
                Map.entry("note", "Different people at one address")));

        runs.linkAll(SYSTEM);

        assertThat(given.personOf(housing)).isNotEqualTo(given.personOf(gp));
        Document person = WebSession.signedIn(port, officer).get("/residents/" + given.joineryIdOf(housing)).document();
        assertThat(person.select("table.joinery-side-by-side thead th")).hasSize(2);
        assertThat(person.selectFirst("table.joinery-side-by-side thead").text()).contains("Record H1").doesNotContain("Record G1");
        assertThat(person.select("#history tbody tr").eachText()).hasSizeGreaterThan(1);
        assertThat(joineryId).isNotBlank();
    }
}
