package org.joinery.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.index.ResidentIndex;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.data.SyntheticPeople;
import org.joinery.linkage.model.PersonField;
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
 * Who searched for whom, over real HTTP against a real database: a practitioner's front-door search is audited with
 * its terms as keyed hashes (never as typed) and the Joinery IDs it showed; a CSV download is told apart from a page
 * view; the organisation's information governance officer finds the search by the person's Joinery ID and by typing
 * the same details; and the chain still verifies.
 */
@IntegrationTest
class SearchAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ResidentIndex index;

    @Autowired
    AuditChain chain;

    /** Set up once per database. */
    private static String practitioner;
    private static String officer;
    private static String joineryId;
    private WebSession session;

    @BeforeEach
    void setUp() {
        if (practitioner == null) {
            TestStaff staff = new TestStaff(jdbc, passwords);
            ResidentFixtures residents = new ResidentFixtures(jdbc);
            String unique = UUID.randomUUID().toString().substring(0, 8);
            UUID council = staff.organisation("Search Audit Council " + unique, "COUNCIL_SERVICE", false);
            practitioner = staff.user(council, "sa-practitioner-" + unique, "Sam Practitioner", Role.PRACTITIONER);
            officer = staff.user(council, "sa-officer-" + unique, "Olu Officer", Role.INFORMATION_GOVERNANCE_OFFICER);
            UUID source = residents.source(council, "council-" + unique, false);
            long record = residents.record(source, "C1-" + unique, "Perpetua", "Langridge-Oyelaran", "1979-11-04", "RM10 7QT", null);
            joineryId = "JS" + unique.substring(0, 7).toUpperCase();
            UUID person = residents.person(joineryId, List.of(record));
            residents.involvement(person, council, source, false);
            Records people = SyntheticPeople.generate(300, 23);
            for (int i = 0; i < people.size(); i++) {
                residents.record(source, "B" + i, people.value(PersonField.FORENAMES, i), people.value(PersonField.SURNAME, i),
                        people.value(PersonField.DATE_OF_BIRTH, i), people.value(PersonField.POSTCODE, i), null);
            }
        }
        index.rebuild();
        session = WebSession.signedIn(port, practitioner);
    }

    private static List<Map.Entry<String, String>> fields(String... namesAndValues) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return fields;
    }

    private long lastSeq() {
        return jdbc.queryForObject("select coalesce(max(seq), 0) from audit_entry", Long.class);
    }

    /** The practitioner's search entries after the given entry, oldest first. */
    private List<Map<String, Object>> searchesAfter(long seq) {
        return jdbc.queryForList("select * from audit_entry where seq > ? and actor_username = ?"
                + " and category = 'RESIDENT_SEARCH' order by seq", seq, practitioner);
    }

    @Test
    void aPractitionersSearchIsAuditedWithItsTermsAsKeyedHashesAndTheJoineryIdsItShowed() {
        long before = lastSeq();
        WebSession.Page page = session.submit("/find", "/find", fields("forenames", "Perpetua", "surname", "Langridge-Oyelaran",
                "day", "4", "month", "11", "year", "1979", "postcode", "rm10 7qt"));

        List<String> shownOnThePage = page.document().select("#matches tbody tr a").eachText();
        assertThat(shownOnThePage).contains(joineryId);
        Map<String, Object> entry = searchesAfter(before).get(0);
        assertThat(entry.get("shown_joinery_ids")).isEqualTo(String.join(",", shownOnThePage));
        assertThat(entry.get("channel")).isEqualTo("PAGE");
        assertThat(((String) entry.get("search_terms")).split(" "))
                .extracting(term -> term.substring(0, term.indexOf(':')))
                .containsExactly("forenames", "surname", "date_of_birth", "postcode");
        assertThat(((String) entry.get("search_terms")).split(" ")).allMatch(term -> AuditFilter.TERM.matcher(term).matches());
        String wholeRow = entry.values().toString().toLowerCase(java.util.Locale.ROOT);
        assertThat(wholeRow).doesNotContain("perpetua", "langridge", "oyelaran", "1979", "rm10", "7qt");
    }

    @Test
    void aSearchThatIsRefusedIsAuditedWithItsTermsAndShowsNobody() {
        String analyst = new TestStaff(jdbc, passwords).user(jdbc.queryForObject(
                "select organisation_id from app_user where username = ?", UUID.class, practitioner),
                "sa-analyst-" + UUID.randomUUID().toString().substring(0, 8), "Ana Analyst", Role.ANALYST);
        long before = lastSeq();
        WebSession.signedIn(port, analyst).submit("/find", "/find", fields("surname", "Langridge-Oyelaran"));

        Map<String, Object> entry = jdbc.queryForMap("select * from audit_entry where seq > ? and actor_username = ?"
                + " and category = 'RESIDENT_SEARCH'", before, analyst);
        assertThat(entry.get("allowed")).isEqualTo(false);
        assertThat((String) entry.get("search_terms")).startsWith("surname:");
        assertThat(entry.get("shown_joinery_ids")).isEqualTo("");
    }

    @Test
    void aDetailsCsvDownloadIsToldApartFromAViewOfThePersonPage() {
        long before = lastSeq();
        assertThat(session.get("/residents/" + joineryId).status()).isEqualTo(200);
        long afterPage = lastSeq();
        assertThat(session.download("/residents/" + joineryId + "/details.csv").statusCode()).isEqualTo(200);

        List<String> pageChannels = jdbc.queryForList("select distinct channel from audit_entry where seq > ? and seq <= ?"
                + " and actor_username = ? and subject_id = ?", String.class, before, afterPage, practitioner, joineryId);
        List<String> csvChannels = jdbc.queryForList("select distinct channel from audit_entry where seq > ?"
                + " and actor_username = ? and subject_id = ?", String.class, afterPage, practitioner, joineryId);
        assertThat(pageChannels).containsExactly("PAGE");
        assertThat(csvChannels).containsExactly("CSV");

        WebSession.Page log = WebSession.signedIn(port, officer).get("/audit?username=" + practitioner + "&subject=" + joineryId);
        assertThat(log.document().select(".joinery-audit-channel").eachText()).contains("Page", "CSV download");
    }

    @Test
    void theOfficerFindsTheSearchByTheJoineryIdShownAndByTypingTheSameDetailsDifferently() {
        long before = lastSeq();
        session.submit("/find", "/find", fields("forenames", "Perpetua", "surname", "Langridge-Oyelaran", "day", "4",
                "month", "11", "year", "1979"));
        session.submit("/find", "/find", fields("forenames", "Perpetua", "surname", "Someone-Else", "day", "4",
                "month", "11", "year", "1979"));
        List<Map<String, Object>> searches = searchesAfter(before);
        long forHer = ((Number) searches.get(0).get("seq")).longValue();
        long forSomeoneElse = ((Number) searches.get(1).get("seq")).longValue();
        WebSession officerSession = WebSession.signedIn(port, officer);

        WebSession.Page byId = officerSession.get("/audit?subject=" + joineryId);
        Element row = row(byId, forHer);
        assertThat(row).as("the search that showed them is listed under their Joinery ID").isNotNull();
        assertThat(row.text()).contains(practitioner, "Resident search", "Searched by: First names, Last name, Date of birth");
        assertThat(row.select(".joinery-audit-shown a").eachText()).contains(joineryId);

        WebSession.Page typed = officerSession.submit("/audit/searched-for", "/audit/searched-for",
                fields("forenames", " perpetua ", "surname", "LANGRIDGE-OYELARAN", "day", "04", "month", "11", "year", "1979"));
        assertThat(typed.status()).isEqualTo(302);
        assertThat(typed.location()).doesNotContainIgnoringCase("perpetua").doesNotContain("1979");
        WebSession.Page found = officerSession.get(WebSession.path(typed.location()));
        assertThat(row(found, forHer)).as("found by the same details, however typed").isNotNull();
        assertThat(row(found, forSomeoneElse)).as("a search with another surname is not").isNull();
        assertThat(found.document().select("#searched-for").text()).contains("every detail you typed");

        WebSession.Page bySurnameAlone = officerSession.get(WebSession.path(officerSession.submit("/audit/searched-for",
                "/audit/searched-for", fields("forenames", "Perpetua")).location()));
        assertThat(row(bySurnameAlone, forHer)).isNotNull();
        assertThat(row(bySurnameAlone, forSomeoneElse)).as("fewer details find more").isNotNull();

        // The officer's check is recorded with the same keyed hashes, and the chain still verifies.
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and category = 'AUDIT_LOG'"
                + " and search_terms = ?", Long.class, officer, searches.get(0).get("search_terms"))).isEqualTo(1);
        assertThat(chain.verify(AuditVerifyProcess.ACTOR).intact()).isTrue();
    }

    @Test
    void theSearchedForFormRefusesDetailsTheFrontDoorWouldAndIsOnlyForOfficers() {
        WebSession officerSession = WebSession.signedIn(port, officer);
        WebSession.Page wrong = officerSession.submit("/audit/searched-for", "/audit/searched-for",
                fields("day", "31", "month", "2", "year", "1979"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.errorSummary()).contains("Date of birth must be a real date");

        assertThat(officerSession.get("/audit?terms=surname:not-a-hash").errorSummary()).contains("not one Joinery made");
        assertThat(session.get("/audit/searched-for").status()).isEqualTo(403);
    }

    private static Element row(WebSession.Page page, long seq) {
        return page.document().select("table.govuk-table tbody tr").stream()
                .filter(row -> row.select("td").get(0).text().equals(String.valueOf(seq))).findFirst().orElse(null);
    }
}
