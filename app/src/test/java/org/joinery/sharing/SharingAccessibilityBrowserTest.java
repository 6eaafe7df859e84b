package org.joinery.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.Axe;
import org.joinery.testing.Browser;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The sharing pages in the states the navigation test cannot reach (forms showing their errors, an
 * agreement, a person's involvements) meet WCAG 2.2 AA as far as axe-core can tell, in a real browser.
 */
@IntegrationTest
@Tag("browser")
class SharingAccessibilityBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void formsWithErrorsAnAgreementAndAPersonsInvolvementsMeetWcag22AA() {
        TestStaff staff = new TestStaff(jdbc, passwordEncoder);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID housing = staff.organisation("Housing " + tag, "COUNCIL_SERVICE", false);
        staff.organisation("Drug service " + tag, "VOLUNTARY_OR_COMMUNITY", false);
        String officer = staff.user(housing, "a11y-ig-" + tag, "Officer", Role.INFORMATION_GOVERNANCE_OFFICER);
        String worker = staff.user(housing, "a11y-w-" + tag, "Worker", Role.PRACTITIONER);
        ResidentFixtures fixtures = new ResidentFixtures(jdbc);
        UUID source = fixtures.source(housing, "a11y-" + tag, false);
        String joineryId = "A" + tag.toUpperCase();
        UUID person = fixtures.person(joineryId, List.of(fixtures.record(source, "k", "Ana", "Silva", "1970-01-01", "RM9 4AA", null)));
        fixtures.involvement(person, housing, source, false);
        browser.at("http://localhost:" + port);
        List<String> failures = new ArrayList<>();

        signIn(officer);
        browser.open("/sharing/agreements/new").press("Record agreement");
        assertThat(browser.title()).startsWith("Error: ");
        failures.addAll(violations("the agreement form with errors"));
        browser.fill("title", "Housing to drug service").fill("startsOn", "1").fill("startsOn-month", "4")
                .fill("startsOn-year", "2026");
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#to option:nth-child(2)")).click();
        browser.driver().findElement(org.openqa.selenium.By.id("categories")).click();
        browser.driver().findElement(org.openqa.selenium.By.id("lawfulBasis")).click();
        browser.driver().findElement(org.openqa.selenium.By.id("articleCondition")).click();
        browser.press("Record agreement");
        assertThat(browser.path()).startsWith("/sharing/agreements/");
        failures.addAll(violations("an agreement"));
        browser.open("/sharing/agreements");
        failures.addAll(violations("the agreements list"));
        browser.open("/sharing/involvements");
        failures.addAll(violations("the organisation's involvements"));
        browser.driver().manage().deleteAllCookies();

        signIn(worker);
        browser.open("/residents/" + joineryId + "/involvements");
        failures.addAll(violations("a person's involvements"));
        browser.open("/residents/" + joineryId + "/involvements/new").press("Start an involvement");
        assertThat(browser.title()).startsWith("Error: ");
        failures.addAll(violations("the start-an-involvement form with errors"));

        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private void signIn(String username) {
        browser.open("/sign-in").fill("username", username).fill("password", TestStaff.PASSWORD).press("Sign in");
        assertThat(browser.path()).isEqualTo("/");
    }

    private static List<String> violations(String page) {
        List<Axe.Violation> found = Axe.check(browser.driver());
        return found.isEmpty() ? List.of() : List.of(Axe.report(page, found));
    }
}
