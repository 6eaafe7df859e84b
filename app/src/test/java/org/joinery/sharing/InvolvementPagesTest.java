package org.joinery.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Practitioners start and end their organisation's involvements with a resident; information
 * governance officers end theirs and mark them sensitive, which hides them from other organisations.
 */
@IntegrationTest
class InvolvementPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private TestStaff staff;
    private String tag;
    private UUID housing;
    private UUID refuge;
    private String joineryId;
    private UUID person;
    private WebSession worker;

    @BeforeEach
    void setUp() {
        staff = new TestStaff(jdbc, passwordEncoder);
        tag = UUID.randomUUID().toString().substring(0, 8);
        housing = staff.organisation("Housing " + tag, "COUNCIL_SERVICE", false);
        refuge = staff.organisation("Refuge " + tag, "VOLUNTARY_OR_COMMUNITY", false);
        jdbc.update("insert into team (id, organisation_id, name, created_at) values (?, ?, ?, current_timestamp)",
                UUID.randomUUID(), housing, "Homelessness prevention");
        ResidentFixtures fixtures = new ResidentFixtures(jdbc);
        UUID source = fixtures.source(refuge, "refuge-" + tag, false);
        long record = fixtures.record(source, "r1", "Jo", "Bennett", "1985-07-08", "IG11 7AA", null);
        joineryId = "I" + tag.toUpperCase();
        person = fixtures.person(joineryId, List.of(record));
        fixtures.involvement(person, refuge, source, false);
        worker = WebSession.signedIn(port, staff.user(housing, "worker-" + tag, "Housing worker", Role.PRACTITIONER));
    }

    private String involvements() {
        return "/residents/" + joineryId + "/involvements";
    }

    private List<Map.Entry<String, String>> start(String reason, String basis, String contact) {
        return List.of(Map.entry("reason", reason), Map.entry("lawfulBasis", basis), Map.entry("team", ""),
                Map.entry("contact", contact));
    }

    @Test
    void aPractitionerStartsTheirOrganisationsInvolvementWithAReasonAndSeesItListed() {
        assertThat(worker.get(involvements()).document().select("#involvements").text()).contains("Refuge " + tag)
                .doesNotContain("Housing " + tag);

        WebSession.Page posted = worker.submit(involvements() + "/new", involvements(),
                start("Came to the front door homeless", "PUBLIC_TASK", "Housing options duty desk"));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(WebSession.path(posted.location())).isEqualTo(involvements());

        WebSession.Page page = worker.get(involvements());
        assertThat(page.banner()).contains("Your organisation's involvement has been started");
        assertThat(page.document().select("#involvements").text()).contains("Housing " + tag)
                .contains("Housing options duty desk");
        Map<String, Object> row = jdbc.queryForMap("select i.reason, i.lawful_basis, i.started_on, i.source_id, u.username"
                + " from involvement i join app_user u on u.id = i.started_by where i.organisation_id = ?", housing);
        assertThat(row.get("reason")).isEqualTo("Came to the front door homeless");
        assertThat(row.get("lawful_basis")).isEqualTo("UK GDPR Article 6(1)(e) public task");
        assertThat(row.get("source_id")).isNull();
        assertThat(row.get("username")).isEqualTo("worker-" + tag);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and category = 'INVOLVEMENT'"
                + " and action = 'WRITE' and allowed and rule = 'involvement-own-organisation'", Integer.class, "worker-" + tag))
                .isEqualTo(1);
    }

    @Test
    void startingAnInvolvementWithoutAReasonLawfulBasisOrContactSaysWhatIsMissingAndSavesNothing() {
        WebSession.Page page = worker.submit(involvements() + "/new", involvements(), start(" ", "", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select(".govuk-error-summary__list a")).extracting(Element::text).containsExactly(
                "Enter why your organisation is involved", "Select the lawful basis", "Enter whom other organisations should contact");
        assertThat(jdbc.queryForObject("select count(*) from involvement where organisation_id = ?", Integer.class, housing))
                .isZero();
    }

    @Test
    void aPractitionerEndsTheirOrganisationsInvolvementWithAReason() {
        worker.submit(involvements() + "/new", involvements(), start("Housing advice", "PUBLIC_TASK", "Duty desk"));
        UUID id = jdbc.queryForObject("select id from involvement where organisation_id = ?", UUID.class, housing);
        String end = involvements() + "/" + id + "/end";

        assertThat(worker.submit(end, end, List.of(Map.entry("reason", ""))).inlineError("reason"))
                .contains("Enter why the involvement is ending");
        assertThat(worker.submit(end, end, List.of(Map.entry("reason", "Rehoused"))).status()).isEqualTo(302);

        Map<String, Object> row = jdbc.queryForMap("select ended_on, end_reason from involvement where id = ?", id);
        assertThat(row.get("end_reason")).isEqualTo("Rehoused");
        assertThat(((java.sql.Date) row.get("ended_on")).toLocalDate()).isEqualTo(LocalDate.now());
        assertThat(worker.get(involvements()).document().select("#involvements").text()).doesNotContain("Housing " + tag);
    }

    @Test
    void anOfficerMarksTheirInvolvementSensitiveAndOtherOrganisationsNoLongerSeeIt() {
        WebSession officer = WebSession.signedIn(port, staff.user(refuge, "ig-" + tag, "Refuge IG",
                Role.INFORMATION_GOVERNANCE_OFFICER));
        UUID id = jdbc.queryForObject("select id from involvement where organisation_id = ?", UUID.class, refuge);
        WebSession.Page list = officer.get("/sharing/involvements");
        assertThat(list.document().select("#involvement-" + id).text()).contains(joineryId).contains("Open");

        WebSession.Page marked = officer.submit("/sharing/involvements", "/sharing/involvements/" + id + "/sensitive", List.of());
        assertThat(marked.status()).isEqualTo(302);
        assertThat(officer.get("/sharing/involvements").document().select("#involvement-" + id).text()).contains("Sensitive");

        assertThat(worker.get(involvements()).document().text()).doesNotContain("Refuge " + tag);
        // The practitioner's own refuge colleagues still see it.
        WebSession colleague = WebSession.signedIn(port, staff.user(refuge, "rw-" + tag, "Refuge worker", Role.PRACTITIONER));
        assertThat(colleague.get(involvements()).document().text()).contains("Refuge " + tag);
    }

    @Test
    void anOfficerEndsTheirOrganisationsInvolvementButNotAnotherOrganisations() {
        WebSession officer = WebSession.signedIn(port, staff.user(refuge, "ig-" + tag, "Refuge IG",
                Role.INFORMATION_GOVERNANCE_OFFICER));
        WebSession otherOfficer = WebSession.signedIn(port, staff.user(housing, "hig-" + tag, "Housing IG",
                Role.INFORMATION_GOVERNANCE_OFFICER));
        UUID id = jdbc.queryForObject("select id from involvement where organisation_id = ?", UUID.class, refuge);
        String end = "/sharing/involvements/" + id + "/end";

        assertThat(otherOfficer.get(end).status()).isEqualTo(404);
        assertThat(otherOfficer.get("/sharing/involvements").document().text()).doesNotContain(joineryId);
        assertThat(officer.submit(end, end, List.of(Map.entry("reason", "Left the refuge"))).status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select end_reason from involvement where id = ?", String.class, id))
                .isEqualTo("Left the refuge");
        assertThat(officer.get("/sharing/involvements").document().select("#involvement-" + id).text()).contains("Ended");
    }

    @Test
    void anAnalystCannotSeeWhoIsInvolvedAndAnUnknownPersonIsNotFound() {
        WebSession analyst = WebSession.signedIn(port, staff.user(housing, "an-" + tag, "Analyst", Role.ANALYST));
        assertThat(analyst.get(involvements()).status()).isEqualTo(403);
        assertThat(analyst.get("/sharing/involvements").status()).isEqualTo(403);
        assertThat(worker.get("/residents/NOSUCHID/involvements").status()).isEqualTo(404);
    }
}
