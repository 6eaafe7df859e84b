package org.joinery.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.index.JoineryId;
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
 * "Find a resident" in the running application against a real database: a practitioner searches the resident
 * index built from the records in the database, sees persons with the agreement of each detail they typed (and
 * nothing else), or "no likely match" and creates a new person; bad input is refused with specific messages
 * before anything is searched; analysts are refused; every search is audited.
 */
@IntegrationTest
class FindAResidentTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ResidentIndex index;

    /** Set up once per database: staff, a known resident, and a background of other people. */
    private static String practitioner;
    private static String analyst;
    private static String joineryId;
    private static UUID organisation;
    private WebSession session;

    @BeforeEach
    void setUp() {
        if (practitioner == null) {
            TestStaff staff = new TestStaff(jdbc, passwords);
            ResidentFixtures residents = new ResidentFixtures(jdbc);
            String unique = UUID.randomUUID().toString().substring(0, 8);
            organisation = staff.organisation("Front Door Council " + unique, "COUNCIL_SERVICE", false);
            UUID probation = staff.organisation("Probation " + unique, "PROBATION", false);
            practitioner = staff.user(organisation, "fd-practitioner-" + unique, "Pat Practitioner", Role.PRACTITIONER);
            analyst = staff.user(organisation, "fd-analyst-" + unique, "Ann Analyst", Role.ANALYST);
            UUID source = residents.source(probation, "probation-" + unique, false);
            long record = residents.record(source, "X1-" + unique, "Ottoline", "Quarrington", "1984-03-27", "RM10 9AP", null);
            jdbc.update("update source_record set nhs_number = '9434765919' where id = ?", record);
            joineryId = "JT" + unique.substring(0, 7).toUpperCase();
            residents.person(joineryId, List.of(record));
            background(residents, staff, unique);
        }
        index.rebuild();
        session = WebSession.signedIn(port, practitioner);
    }

    /**
     * Other people, so names and postcodes are as rare as in a borough: the model weighs agreeing on a value
     * by how rare it is, and in a database of one resident every value would be common.
     */
    private void background(ResidentFixtures residents, TestStaff staff, String unique) {
        UUID housing = residents.source(staff.organisation("Housing " + unique, "COUNCIL_SERVICE", false), "housing-" + unique, false);
        Records people = SyntheticPeople.generate(500, 11);
        for (int i = 0; i < people.size(); i++) {
            residents.record(housing, "H" + i, people.value(PersonField.FORENAMES, i), people.value(PersonField.SURNAME, i),
                    people.value(PersonField.DATE_OF_BIRTH, i), people.value(PersonField.POSTCODE, i), null);
        }
    }

    private WebSession.Page search(String... namesAndValues) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return session.submit("/find", "/find", fields);
    }

    private long searchesAudited(String username, boolean allowed) {
        return jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and category = 'RESIDENT_SEARCH'"
                + " and allowed = ?", Long.class, username, allowed);
    }

    @Test
    void aPractitionerFindsAKnownResidentDespiteATypoAndSeesWhichDetailsAgreedButNothingJoineryHolds() {
        WebSession.Page page = search("forenames", "Ottoline", "surname", "Quarington", "day", "27", "month", "3",
                "year", "1984");

        assertThat(page.status()).isEqualTo(200);
        Element row = page.document().selectFirst("#matches tbody tr");
        assertThat(row).isNotNull();
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/residents/" + joineryId);
        assertThat(row.select("td").get(1).text()).matches("(More than 99%|\\d{1,2}%)");
        assertThat(row.select("li")).extracting(Element::text)
                .containsExactly("First names Agreed", "Last name Partly agreed", "Date of birth Agreed");
        // what the practitioner did not type is not shown: not the postcode, not the NHS number, not the spelling held
        assertThat(page.document().text()).doesNotContain("RM10", "9434765919", "Quarrington");
    }

    @Test
    void anIdentifierWithANameFindsTheResidentAndThePageSaysWhichKindItTookItFor() {
        WebSession.Page page = search("forenames", "Ottoline", "surname", "Quarrington", "identifier", "943 476 5919");

        assertThat(page.document().select("#identifier-used").text()).isEqualTo("Searched using the NHS number you gave.");
        assertThat(page.document().select("#matches tbody tr a").text()).isEqualTo(joineryId);
        assertThat(page.document().select("#matches tbody tr li").eachText()).contains("NHS number Agreed");
    }

    @Test
    void theResidentsOwnNhsNumberAloneFindsThemWithWhatAgreed() {
        WebSession.Page page = search("identifier", "943 476 5919");

        assertThat(page.document().select("#matches tbody tr a").eachText()).contains(joineryId);
        assertThat(page.document().select("#matches tbody tr li").eachText()).contains("NHS number Agreed");
    }

    @Test
    void noLikelyMatchSaysWhatToDoNextAndOffersToCreateANewPerson() {
        WebSession.Page page = search("forenames", "Zebulon", "surname", "Fairweather-Pike", "day", "1", "month", "1",
                "year", "1950");

        assertThat(page.document().select("#matches")).isEmpty();
        Element panel = page.document().getElementById("no-match");
        assertThat(panel.text()).contains("No likely match", "check the spelling");
        assertThat(panel.select("button").text()).isEqualTo("Create a new person");
    }

    @Test
    void badInputIsRefusedWithASpecificMessageAndNothingIsSearched() {
        long before = searchesAudited(practitioner, true);

        assertThat(search().errorSummary()).contains("Enter at least one detail");
        assertThat(search("surname", "Smith", "day", "31", "month", "2", "year", "1990").inlineError("dob-day"))
                .contains("Date of birth must be a real date");
        assertThat(search("surname", "Smith", "day", "3", "month", "2").inlineError("dob-year"))
                .contains("Date of birth must include a year");
        assertThat(search("postcode", "RM10").inlineError("postcode")).contains("Enter a full UK postcode");
        assertThat(search("identifier", "943 476 5910").inlineError("identifier")).contains("the last digit does not match");
        assertThat(search("identifier", "QQ12345").inlineError("identifier")).contains("National Insurance number");
        assertThat(search("identifier", "someone@").inlineError("identifier")).contains("email address");
        WebSession.Page page = search("surname", "Sm1th");
        assertThat(page.errorSummary()).contains("Last name must only include letters");
        assertThat(page.document().select("#results")).isEmpty();
        assertThat(searchesAudited(practitioner, true)).isEqualTo(before);
    }

    @Test
    void everySearchIsAuditedAsAResidentSearchForDirectCare() {
        long before = searchesAudited(practitioner, true);

        search("surname", "Quarrington", "day", "27", "month", "3", "year", "1984");

        assertThat(searchesAudited(practitioner, true)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select purpose from audit_entry where actor_username = ? and category = 'RESIDENT_SEARCH'"
                + " order by seq desc limit 1", String.class, practitioner)).isEqualTo("DIRECT_CARE");
    }

    @Test
    void anAnalystIsRefusedTheFrontDoorAndTheRefusalIsAudited() {
        WebSession analystSession = WebSession.signedIn(port, analyst);

        WebSession.Page page = analystSession.submit("/find", "/find", List.of(Map.entry("surname", "Quarrington")));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.document().text()).doesNotContain(joineryId);
        assertThat(searchesAudited(analyst, false)).isEqualTo(1);
        assertThat(analystSession.get("/").document().select(".govuk-service-navigation a, nav a").eachText())
                .doesNotContain("Find a resident");
    }

    @Test
    void aPractitionerCreatesANewPersonWhoIsFoundAtOnce() {
        List<Map.Entry<String, String>> details = List.of(Map.entry("forenames", "Zebulon"),
                Map.entry("surname", "Fairweather-Pike"), Map.entry("day", "1"), Map.entry("month", "1"),
                Map.entry("year", "1950"), Map.entry("postcode", "rm10 9ap"));
        WebSession.Page review = session.post("/find/new-person", withCsrf(details));
        assertThat(review.status()).as("redirected to %s", review.location()).isEqualTo(200);
        assertThat(review.document().select("#new-person-details").text()).contains("Zebulon", "Fairweather-Pike", "1950-01-01",
                "RM10 9AP");

        List<Map.Entry<String, String>> noReason = new ArrayList<>(withCsrf(details));
        noReason.add(Map.entry("confirm", "true"));
        assertThat(session.post("/find/new-person", noReason).inlineError("reason")).contains("Enter why your organisation");

        List<Map.Entry<String, String>> confirmed = new ArrayList<>(noReason);
        confirmed.add(Map.entry("reason", "Came to the housing options desk as homeless today"));
        WebSession.Page created = session.post("/find/new-person", confirmed);
        assertThat(created.status()).isEqualTo(302);
        WebSession.Page registered = session.get(WebSession.path(created.location()));
        String newId = registered.document().select("#joinery-id").text();
        assertThat(JoineryId.parse(newId)).contains(newId);

        WebSession.Page found = search("forenames", "Zebulon", "surname", "Fairweather-Pike", "day", "1", "month", "1",
                "year", "1950");
        assertThat(found.document().select("#matches tbody tr a").eachText()).containsExactly(newId);
        assertThat(jdbc.queryForObject("select count(*) from source s join source_record r on r.source_id = s.id"
                + " where s.organisation_id = ? and s.name like 'front-door-%'", Long.class, organisation)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select e.reason from person_event e join person p on p.id = e.person_id"
                + " where p.joinery_id = ?", String.class, newId)).contains("housing options desk", practitioner);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and category = 'IDENTITY'"
                + " and action = 'WRITE' and allowed", Long.class, practitioner)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select i.reason from involvement i join person p on p.id = i.person_id"
                + " where p.joinery_id = ? and i.organisation_id = ? and i.ended_on is null", String.class, newId, organisation))
                .contains("housing options desk");

        // asked again with the same details, the front door finds them rather than creating a second person
        WebSession.Page again = session.post("/find/new-person", confirmed);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.document().select("#found-meanwhile")).isNotEmpty();
    }

    private List<Map.Entry<String, String>> withCsrf(List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        all.add(Map.entry("_csrf", session.csrfToken("/find")));
        all.addAll(fields);
        return all;
    }

    /** A resident known to a refuge (a sensitive source) and, when housing is not null, to housing too. */
    private record Refuge(String worker, String joineryId) {
    }

    private Refuge aResidentKnownToARefuge(String forenames, String surname, String dateOfBirth, String postcode,
                                            String housingPostcode) {
        TestStaff staff = new TestStaff(jdbc, passwords);
        ResidentFixtures residents = new ResidentFixtures(jdbc);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        UUID refuge = staff.organisation("Refuge " + unique, "COUNCIL_SERVICE", false);
        String worker = staff.user(refuge, "fd-refuge-" + unique, "Rita Refuge", Role.PRACTITIONER);
        UUID source = residents.source(refuge, "refuge-" + unique, true);
        List<Long> records = new ArrayList<>();
        records.add(residents.record(source, "S1-" + unique, forenames, surname, dateOfBirth, postcode, null));
        if (housingPostcode != null) {
            UUID housing = residents.source(staff.organisation("Housing too " + unique, "COUNCIL_SERVICE", false),
                    "housing-too-" + unique, false);
            records.add(residents.record(housing, "HT1-" + unique, forenames, surname, dateOfBirth, housingPostcode, null));
        }
        String id = "JR" + unique.substring(0, 7).toUpperCase();
        residents.person(id, records);
        index.rebuild();
        return new Refuge(worker, id);
    }

    @Test
    void aPractitionerCannotLearnFromASearchThatSomeoneIsKnownToARefuge() {
        Refuge refuge = aResidentKnownToARefuge("Philippa", "Vantongeren", "1979-11-23", "RM8 2QQ", null);
        String[] details = {"forenames", "Philippa", "surname", "Vantongeren", "day", "23", "month", "11", "year", "1979",
                "postcode", "RM8 2QQ"};

        WebSession.Page outside = search(details);

        assertThat(outside.document().select("#matches")).isEmpty();
        assertThat(outside.document().getElementById("no-match").text()).contains("No likely match");
        assertThat(outside.document().text()).doesNotContain(refuge.joineryId());

        session = WebSession.signedIn(port, refuge.worker());
        WebSession.Page own = search(details);

        assertThat(own.document().select("#matches a").eachText()).contains(refuge.joineryId());
    }

    @Test
    void aPersonAlsoKnownToOthersIsScoredOnlyOnTheRecordsTheSearcherMayLearnExist() {
        Refuge refuge = aResidentKnownToARefuge("Cordelia", "Ashworth-Penhaligon", "1972-06-14", "RM7 1ZZ", "IG11 8AA");
        String[] details = {"forenames", "Cordelia", "surname", "Ashworth-Penhaligon", "day", "14", "month", "6",
                "year", "1972", "postcode", "RM7 1ZZ"};

        Element outside = search(details).document().selectFirst("#matches tbody tr");

        assertThat(outside.selectFirst("a").text()).isEqualTo(refuge.joineryId());
        assertThat(outside.select("li").eachText()).as("only housing's postcode counts: the refuge's would agree")
                .contains("Postcode Differed");

        session = WebSession.signedIn(port, refuge.worker());
        Element own = search(details).document().selectFirst("#matches tbody tr");

        assertThat(own.select("li").eachText()).contains("Postcode Agreed");
    }

    /** A resident whose record holds an address, which the front door never asks for. */
    private String aResidentWithAnAddress(String forenames, String surname, String dateOfBirth, String postcode, String address) {
        TestStaff staff = new TestStaff(jdbc, passwords);
        ResidentFixtures residents = new ResidentFixtures(jdbc);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        UUID revenues = residents.source(staff.organisation("Revenues " + unique, "COUNCIL_SERVICE", false), "revenues-" + unique, false);
        long record = residents.record(revenues, "RB1-" + unique, forenames, surname, dateOfBirth, postcode, null);
        jdbc.update("update source_record set address = ? where id = ?", address, record);
        String id = "JA" + unique.substring(0, 7).toUpperCase();
        residents.person(id, List.of(record));
        index.rebuild();
        return id;
    }

    private static int percent(Element row) {
        String shown = row.select("td").get(1).text();
        return shown.startsWith("More than 99") ? 100 : Integer.parseInt(shown.replaceAll("\\D", ""));
    }

    @Test
    void typingTheResidentsOwnPostcodeKeepsThemListedAndTheirSurnameWithItFindsThem() {
        String rory = aResidentWithAnAddress("Rory", "Wollaston-Pyke", "1980-02-17", "IG11 0DN", "38 River Road");
        String[] nameAndBirth = {"forenames", "Rory", "surname", "Wollaston-Pyke", "day", "17", "month", "2", "year", "1980"};
        List<String> withPostcode = new ArrayList<>(List.of(nameAndBirth));
        withPostcode.addAll(List.of("postcode", "IG11 0DN"));

        Element without = search(nameAndBirth).document().selectFirst("#matches tbody tr");
        Element with = search(withPostcode.toArray(String[]::new)).document().selectFirst("#matches tbody tr");
        Element bySurnameAndPostcode = search("surname", "Wollaston-Pyke", "postcode", "IG11 0DN").document()
                .selectFirst("#matches tbody tr");

        assertThat(with).as("no likely match once the postcode was typed").isNotNull();
        assertThat(with.selectFirst("a").text()).isEqualTo(rory);
        assertThat(percent(with)).isGreaterThanOrEqualTo(percent(without));
        assertThat(with.select("li").eachText()).contains("Postcode Agreed");
        assertThat(bySurnameAndPostcode).as("no likely match by surname and postcode").isNotNull();
        assertThat(bySurnameAndPostcode.selectFirst("a").text()).isEqualTo(rory);
        assertThat(bySurnameAndPostcode.select("li").eachText()).containsExactly("Last name Agreed", "Postcode Agreed");
    }
}
