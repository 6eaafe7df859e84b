package org.joinery.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRefused;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
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

/** Information governance officers record, read and end data-sharing agreements, over real HTTP. */
@IntegrationTest
class AgreementPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AccessGate gate;

    private TestStaff staff;
    private UUID housing;
    private UUID drugs;
    private String tag;
    private WebSession officer;

    @BeforeEach
    void setUp() {
        staff = new TestStaff(jdbc, passwordEncoder);
        tag = UUID.randomUUID().toString().substring(0, 8);
        housing = staff.organisation("Housing " + tag, "COUNCIL_SERVICE", false);
        drugs = staff.organisation("Drug service " + tag, "VOLUNTARY_OR_COMMUNITY", false);
        officer = WebSession.signedIn(port, staff.user(housing, "ig-" + tag, "Housing IG", Role.INFORMATION_GOVERNANCE_OFFICER));
    }

    private List<Map.Entry<String, String>> agreement(String to, LocalDate starts, LocalDate ends, String basis) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("title", "Housing to drug service " + tag), Map.entry("to", to),
                Map.entry("categories", "IDENTITY"), Map.entry("purpose", "DIRECT_CARE"), Map.entry("lawfulBasis", basis),
                Map.entry("articleCondition", "NONE")));
        fields.addAll(date("startsOn", starts));
        fields.addAll(date("endsOn", ends));
        return fields;
    }

    private static List<Map.Entry<String, String>> date(String field, LocalDate date) {
        return List.of(Map.entry(field + "Day", date == null ? "" : String.valueOf(date.getDayOfMonth())),
                Map.entry(field + "Month", date == null ? "" : String.valueOf(date.getMonthValue())),
                Map.entry(field + "Year", date == null ? "" : String.valueOf(date.getYear())));
    }

    private int agreementsFrom(UUID organisation) {
        return jdbc.queryForObject("select count(*) from sharing_agreement where from_organisation_id = ?", Integer.class,
                organisation);
    }

    @Test
    void anOfficerRecordsAnAgreementSharingTheirOrganisationsDataAndSeesItInForce() {
        WebSession.Page posted = officer.submit("/sharing/agreements/new", "/sharing/agreements",
                agreement(drugs.toString(), LocalDate.now().minusDays(1), null, "PUBLIC_TASK"));
        assertThat(posted.status()).isEqualTo(302);

        WebSession.Page page = officer.get(WebSession.path(posted.location()));
        assertThat(page.banner()).contains("The agreement Housing to drug service " + tag + " has been recorded");
        assertThat(page.document().select("#agreement-status").text()).isEqualTo("In force");
        assertThat(page.document().select(".govuk-summary-list").text()).contains("Housing " + tag)
                .contains("Drug service " + tag).contains("Identity details").contains("Public task (UK GDPR Article 6(1)(e))")
                .contains("No end date");
        String author = jdbc.queryForObject("select u.username from sharing_agreement a join app_user u on u.id = a.created_by"
                + " where a.from_organisation_id = ?", String.class, housing);
        assertThat(author).isEqualTo("ig-" + tag);

        Element row = officer.get("/sharing/agreements").document().selectFirst("table tbody tr");
        assertThat(row.text()).contains("Housing to drug service " + tag).contains("In force");
    }

    @Test
    void aFormWithNothingFilledInSaysWhatIsMissingInTheFormsOrderAndSavesNothing() {
        WebSession.Page page = officer.submit("/sharing/agreements/new", "/sharing/agreements",
                List.of(Map.entry("purpose", "DIRECT_CARE")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().title()).startsWith("Error:");
        assertThat(page.document().select(".govuk-error-summary__list a")).extracting(Element::text).containsExactly(
                "Enter the agreement's title", "Select the organisation the data is shared with", "Select what is shared",
                "Select the lawful basis", "Select the condition for special category or criminal offence data, or None",
                "Enter the start date");
        assertThat(page.document().select(".govuk-error-summary__list a").first().attr("href")).isEqualTo("#title");
        assertThat(page.inlineError("categories")).contains("Select what is shared");
        assertThat(agreementsFrom(housing)).isZero();
    }

    @Test
    void anAgreementWithItselfAnEndBeforeItsStartOrADateThatIsNotRealIsRefusedAndNothingIsSaved() {
        WebSession.Page same = officer.submit("/sharing/agreements/new", "/sharing/agreements",
                agreement(housing.toString(), LocalDate.now(), null, "PUBLIC_TASK"));
        assertThat(same.inlineError("to")).contains("Select a different organisation to share with");

        WebSession.Page backwards = officer.submit("/sharing/agreements/new", "/sharing/agreements",
                agreement(drugs.toString(), LocalDate.now(), LocalDate.now().minusDays(1), "PUBLIC_TASK"));
        assertThat(backwards.errorSummary()).contains("End date must be the same as or after the start date");
        assertThat(backwards.document().select(".govuk-error-summary__list a").attr("href")).isEqualTo("#endsOn");

        List<Map.Entry<String, String>> notReal = new ArrayList<>(agreement(drugs.toString(), null, null, "PUBLIC_TASK"));
        notReal.removeIf(field -> field.getKey().startsWith("startsOn"));
        notReal.addAll(List.of(Map.entry("startsOnDay", "31"), Map.entry("startsOnMonth", "2"), Map.entry("startsOnYear", "2026")));
        WebSession.Page invalid = officer.submit("/sharing/agreements/new", "/sharing/agreements", notReal);
        assertThat(invalid.inlineError("startsOn")).contains("Start date must be a real date");
        // What was typed is kept, so the officer corrects rather than retypes.
        assertThat(invalid.document().select("#startsOn").attr("value")).isEqualTo("31");
        assertThat(agreementsFrom(housing)).isZero();
    }

    @Test
    void anOfficerOutsideTheHostOrganisationSharesOnlyTheirOwnOrganisationsData() {
        List<Map.Entry<String, String>> fields = new ArrayList<>(agreement(housing.toString(), LocalDate.now(), null,
                "PUBLIC_TASK"));
        fields.add(Map.entry("from", drugs.toString()));
        WebSession.Page page = officer.submit("/sharing/agreements/new", "/sharing/agreements", fields);
        // The posted "from" is ignored: housing would share with itself, which is refused.
        assertThat(page.inlineError("to")).contains("Select a different organisation");
        assertThat(agreementsFrom(drugs)).isZero();
        assertThat(officer.get("/sharing/agreements/new").document().select("select#from")).isEmpty();
    }

    @Test
    void anOfficerOfTheHostOrganisationRecordsAnAgreementBetweenTwoOtherOrganisationsAndSeesEveryAgreement() {
        UUID host = jdbc.queryForList("select id from organisation where host", UUID.class).stream().findFirst()
                .orElseGet(() -> staff.organisation("Host borough " + tag, "COUNCIL_SERVICE", true));
        WebSession hostOfficer = WebSession.signedIn(port, staff.user(host, "host-ig-" + tag, "Host IG",
                Role.INFORMATION_GOVERNANCE_OFFICER));
        assertThat(hostOfficer.get("/sharing/agreements/new").document().select("select#from")).isNotEmpty();

        List<Map.Entry<String, String>> fields = new ArrayList<>(agreement(housing.toString(), LocalDate.now(), null,
                "LEGAL_OBLIGATION"));
        fields.add(Map.entry("from", drugs.toString()));
        WebSession.Page posted = hostOfficer.submit("/sharing/agreements/new", "/sharing/agreements", fields);
        assertThat(posted.status()).isEqualTo(302);
        assertThat(agreementsFrom(drugs)).isEqualTo(1);
        assertThat(hostOfficer.get("/sharing/agreements").document().select("#agreements-intro").text())
                .contains("Every agreement");
        // The housing officer sees it too: their organisation receives the data.
        assertThat(officer.get("/sharing/agreements").document().select("table").text()).contains("Drug service " + tag);
    }

    @Test
    void endingAnAgreementEarlyNeedsAReasonAndStopsItCountingAtOnce() {
        UUID practitionerId = UUID.randomUUID();
        Actor practitioner = new Actor(practitionerId, "worker-" + tag, drugs, false, java.util.Set.of(Role.PRACTITIONER));
        ResidentFixtures fixtures = new ResidentFixtures(jdbc);
        UUID source = fixtures.source(housing, "housing-" + tag, false);
        long record = fixtures.record(source, "h1", "Sam", "Okafor", "1990-03-04", "RM8 1AA", null);
        String joineryId = "E" + tag.toUpperCase();
        UUID person = fixtures.person(joineryId, List.of(record));
        fixtures.involvement(person, housing, source, false);
        fixtures.involvement(person, drugs, null, false);
        DataRef identity = DataRef.subject(DataCategory.IDENTITY, joineryId, housing);

        WebSession.Page posted = officer.submit("/sharing/agreements/new", "/sharing/agreements",
                agreement(drugs.toString(), LocalDate.now(), null, "PUBLIC_TASK"));
        String view = WebSession.path(posted.location());
        assertThat(gate.authorise(practitioner, Action.READ, identity, Purpose.DIRECT_CARE).decision().reason())
                .contains("Housing to drug service " + tag);

        WebSession.Page blank = officer.submit(view, view + "/end", List.of(Map.entry("reason", " ")));
        assertThat(blank.errorSummary()).contains("Enter why the agreement is ending");

        WebSession.Page ended = officer.submit(view, view + "/end", List.of(Map.entry("reason", "Service decommissioned")));
        assertThat(ended.status()).isEqualTo(302);
        WebSession.Page page = officer.get(view);
        assertThat(page.document().select("#agreement-status").text()).isEqualTo("Ended early");
        assertThat(page.document().select("#end-reason").text()).isEqualTo("Service decommissioned");
        assertThat(page.document().select("form[action$=/end]")).isEmpty();
        try {
            gate.authorise(practitioner, Action.READ, identity, Purpose.DIRECT_CARE);
            throw new AssertionError("Expected a refusal once the agreement ended");
        } catch (AccessRefused refused) {
            assertThat(refused.rule()).isEqualTo("identity-no-agreement");
        }
    }

    @Test
    void practitionersAndAnalystsCannotSeeAgreementsAndOfficersSeeThemInTheirNavigation() {
        WebSession practitioner = WebSession.signedIn(port, staff.user(housing, "p-" + tag, "Worker", Role.PRACTITIONER));
        assertThat(practitioner.get("/sharing/agreements").status()).isEqualTo(403);
        WebSession analyst = WebSession.signedIn(port, staff.user(housing, "a-" + tag, "Analyst", Role.ANALYST));
        assertThat(analyst.get("/sharing/agreements/new").status()).isEqualTo(403);
        assertThat(officer.get("/").document().select("a[href=/sharing/agreements]")).isNotEmpty();
        assertThat(officer.get("/").document().select("a[href=/sharing/involvements]")).isNotEmpty();
        assertThat(practitioner.get("/").document().select("a[href=/sharing/agreements]")).isEmpty();
    }
}
