package org.joinery.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.Axe;
import org.joinery.testing.Browser;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.LinkageFixtures;
import org.joinery.testing.OwnOrganisationSharingRule;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The person page and clerical review in a real browser: they meet WCAG 2.2 AA as far as axe-core can tell,
 * with the waterfalls opened, and a reviewer can decide a pair and go on to the next.
 */
@IntegrationTest
@Tag("browser")
@Import(OwnOrganisationSharingRule.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private String officer;
    private String dataTeam;
    private String joineryId;
    private long first;
    private long second;
    private long third;

    @BeforeAll
    void aResidentWithThreeRecordsAndTwoUncertainPairs() {
        // The review queue is the whole database's: other tests' pairs in this context must not come next.
        jdbc.update("delete from review_decision");
        jdbc.update("delete from link_pair");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestStaff staff = new TestStaff(jdbc, passwordEncoder);
        ResidentFixtures residents = new ResidentFixtures(jdbc);
        LinkageFixtures linkage = new LinkageFixtures(jdbc);
        UUID borough = staff.organisation("Borough " + suffix, "COUNCIL_SERVICE", true);
        UUID housing = staff.organisation("Housing " + suffix, "COUNCIL_SERVICE", false);
        UUID probation = staff.organisation("Probation " + suffix, "COUNCIL_SERVICE", false);
        officer = staff.user(housing, "officer-" + suffix, "Housing Officer", Role.PRACTITIONER);
        dataTeam = staff.user(borough, "data-" + suffix, "Data Team", Role.ADMINISTRATOR);
        UUID housingSource = residents.source(housing, "housing-" + suffix, false);
        UUID probationSource = residents.source(probation, "probation-" + suffix, false);
        first = residents.record(housingSource, "H1", "Amy", "Smith", "1985-03-02", "RM10 9AP", null);
        second = residents.record(housingSource, "H2", "Amy", "Smyth", "1985-03-02", "RM10 9AP", null);
        third = residents.record(probationSource, "P1", "Amelia", "Smith", "1985-02-03", "IG11 7QA", null);
        joineryId = "B" + suffix.substring(0, 7).toUpperCase();
        residents.person(joineryId, List.of(first, second, third));
        linkage.activeModel();
        linkage.pair(first, second, 1.0, 0.66);
        linkage.pair(first, third, 0.2, 0.54);
        browser.at("http://localhost:" + port);
    }

    @BeforeEach
    void startSignedOut() {
        browser.driver().manage().deleteAllCookies();
    }

    private void signIn(String username) {
        browser.open("/sign-in").fill("username", username).fill("password", TestStaff.PASSWORD).press("Sign in");
        assertThat(browser.path()).isEqualTo("/");
    }

    private static List<String> violations(String page) {
        List<Axe.Violation> found = Axe.check(browser.driver());
        return found.isEmpty() ? List.of() : List.of(Axe.report(page, found));
    }

    @Test
    void thePersonPageWithItsWaterfallsOpenMeetsWcag22AA() throws Exception {
        signIn(officer);
        browser.open("/residents/" + joineryId);
        assertThat(browser.heading()).isEqualTo("Joinery ID " + joineryId);
        assertThat(browser.findAll("tr[data-field=surname] mark")).extracting(WebElement::getText)
                .anyMatch(text -> text.startsWith("Smyth")).anyMatch(text -> text.startsWith("Smith"));
        assertThat(browser.find("#held-elsewhere").getText()).contains("holds a record");
        for (WebElement summary : browser.findAll(".govuk-details__summary")) {
            summary.click();
        }
        assertThat(browser.find(".joinery-waterfall__chart").isDisplayed()).isTrue();
        List<String> failures = new ArrayList<>(violations("the person page"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.find(".joinery-waterfall__chart"));
        browser.screenshot(Path.of(System.getProperty("java.io.tmpdir"), "joinery-person-page.png"));

        browser.open("/residents/NOBODY");
        assertThat(browser.heading()).isEqualTo("No resident has this Joinery ID");
        failures.addAll(violations("the person page for nobody"));
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void clericalReviewMeetsWcag22AAAndAReviewerGoesFromOnePairToTheNext() throws Exception {
        signIn(dataTeam);
        browser.open("/review");
        assertThat(browser.heading()).isEqualTo("Clerical review");
        List<String> failures = new ArrayList<>(violations("the review queue"));

        browser.open("/review/" + first + "-" + third);
        browser.find(".govuk-details__summary").click();
        failures.addAll(violations("a pair to review"));
        browser.screenshot(Path.of(System.getProperty("java.io.tmpdir"), "joinery-review-pair.png"));
        browser.press("Save and review the next pair");
        assertThat(browser.find(".govuk-error-summary").isDisplayed()).isTrue();
        failures.addAll(violations("a pair to review, after an error"));

        browser.find("label[for=decision-DIFFERENT_PEOPLE]").click();
        browser.press("Save and review the next pair");
        assertThat(browser.path()).isEqualTo("/review/" + first + "-" + second);
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Saved: different people");
        failures.addAll(violations("the next pair to review"));
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }
}
