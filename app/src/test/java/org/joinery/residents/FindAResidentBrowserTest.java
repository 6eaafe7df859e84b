package org.joinery.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.index.ResidentIndex;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.data.SyntheticPeople;
import org.joinery.linkage.model.PersonField;
import org.joinery.testing.Axe;
import org.joinery.testing.Browser;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Find a resident in a real browser, with and without JavaScript: the form with its errors, the results and
 * "no likely match" meet WCAG 2.2 AA as far as axe-core can tell, and a practitioner can go from a search to
 * a new person with the keyboard-and-form flow alone.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindAResidentBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    @RegisterExtension
    static final Browser withoutJavaScript = Browser.withoutJavaScript();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ResidentIndex index;

    private String practitioner;
    private String joineryId;

    @BeforeAll
    void aBoroughWithOneKnownResident() {
        TestStaff staff = new TestStaff(jdbc, passwords);
        ResidentFixtures residents = new ResidentFixtures(jdbc);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        UUID council = staff.organisation("Browser Council " + unique, "COUNCIL_SERVICE", false);
        practitioner = staff.user(council, "fd-browser-" + unique, "Pat Browser", Role.PRACTITIONER);
        UUID source = residents.source(council, "browser-housing-" + unique, false);
        Records people = SyntheticPeople.generate(500, 13);
        for (int i = 0; i < people.size(); i++) {
            residents.record(source, "B" + i, people.value(PersonField.FORENAMES, i), people.value(PersonField.SURNAME, i),
                    people.value(PersonField.DATE_OF_BIRTH, i), people.value(PersonField.POSTCODE, i), null);
        }
        long record = residents.record(source, "KNOWN-" + unique, "Perpetua", "Ashworth-Lind", "1979-11-05", "IG11 7JS", null);
        joineryId = "JB" + unique.substring(0, 7).toUpperCase();
        residents.person(joineryId, List.of(record));
        index.rebuild();
        browser.at("http://localhost:" + port);
        withoutJavaScript.at("http://localhost:" + port);
    }

    private void signIn(Browser on) {
        on.driver().manage().deleteAllCookies();
        on.open("/sign-in").fill("username", practitioner).fill("password", TestStaff.PASSWORD).press("Sign in");
        assertThat(on.path()).isEqualTo("/");
    }

    private static void search(Browser on, String forenames, String surname, String day, String month, String year) {
        on.open("/find").fill("forenames", forenames).fill("surname", surname).fill("dob-day", day).fill("dob-month", month)
                .fill("dob-year", year).press("Search");
    }

    @Test
    void theFormTheErrorsTheResultsAndNoLikelyMatchMeetWcag22AA() {
        signIn(browser);
        List<String> failures = new ArrayList<>();

        browser.open("/find");
        assertThat(browser.heading()).isEqualTo("Find a resident");
        failures.addAll(violations("the empty form"));

        browser.open("/find").fill("dob-day", "31").fill("dob-month", "2").fill("dob-year", "1990").fill("identifier", "12345")
                .press("Search");
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Date of birth must be a real date");
        failures.addAll(violations("the form with errors"));

        search(browser, "Perpetua", "Ashworth Lind", "5", "11", "1979");
        assertThat(browser.find("#matches tbody tr a").getText()).isEqualTo(joineryId);
        assertThat(browser.find("#matches").getText()).contains("First names", "Agreed");
        failures.addAll(violations("the results"));

        search(browser, "Xanthe", "Vorobyova", "2", "2", "1922");
        assertThat(browser.find("#no-match").getText()).contains("No likely match");
        failures.addAll(violations("no likely match"));

        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void withoutJavaScriptAPractitionerGoesFromNoLikelyMatchToANewPersonAndFindsThem() {
        signIn(withoutJavaScript);
        search(withoutJavaScript, "Wilhelmina", "Strachan-Oduya", "14", "7", "1991");
        withoutJavaScript.press("Create a new person");
        assertThat(withoutJavaScript.heading()).isEqualTo("Create a new person");
        withoutJavaScript.fill("reason", "Asked the council for help with rent arrears today").press("Create person");
        assertThat(withoutJavaScript.heading()).isEqualTo("Person created");
        String newId = withoutJavaScript.find("#joinery-id").getText();

        search(withoutJavaScript, "Wilhelmina", "Strachan-Oduya", "14", "7", "1991");

        assertThat(withoutJavaScript.find("#matches tbody tr a").getText()).isEqualTo(newId);
    }

    private List<String> violations(String page) {
        List<Axe.Violation> found = Axe.check(browser.driver());
        return found.isEmpty() ? List.of() : List.of(Axe.report(page, found));
    }
}
