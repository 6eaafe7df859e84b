package org.joinery.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.Axe;
import org.joinery.testing.Browser;
import org.joinery.testing.IntegrationTest;
import org.joinery.synth.Borough;
import org.joinery.synth.BoroughOptions;
import org.joinery.synth.BoroughProgress;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every page, as each role reaches it in a real browser, meets WCAG 2.2 AA as far as axe-core can
 * tell, and signing in and out works with JavaScript turned off.
 */
@IntegrationTest
@Tag("browser")
@Import(AccessibilityBrowserTest.FailingPage.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    /**
     * The pages each role can reach. When a page is built, add it here: every page listed must be a
     * real page, never an error page.
     */
    private static final Map<Role, List<String>> PAGES = Map.of(
            Role.PRACTITIONER, List.of("/", "/demo-borough", "/find"),
            Role.TEAM_MANAGER, List.of("/", "/demo-borough", "/find"),
            Role.INFORMATION_GOVERNANCE_OFFICER, List.of("/", "/demo-borough", "/audit", "/audit/searched-for", "/sharing/agreements",
                    "/sharing/agreements/new", "/sharing/involvements"),
            Role.ANALYST, List.of("/", "/demo-borough"),
            Role.ADMINISTRATOR, List.of("/", "/demo-borough", "/admin/organisations", "/admin/users", "/admin/users/new", "/admin/audit-check",
                    "/sources", "/sources/new", "/sources/api-keys", "/linking", "/linking/models", "/review"));

    /**
     * Links in the service navigation whose pages are not on this branch yet. Each must still be
     * "Page not found", so that the day one is built this test fails until it moves into {@link #PAGES}.
     */
    private static final Set<String> NOT_BUILT_YET = Set.of();

    private static final List<String> PUBLIC_PAGES = List.of("/sign-in", "/cookies", "/accessibility");

    private static final String NOT_FOUND = "Page not found";
    private static final String FORBIDDEN = "You do not have access to this page";
    private static final String PROBLEM = "Sorry, there is a problem with the service";
    private static final String FAILURE_DETAIL = "detail that must never reach the page";

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    @RegisterExtension
    static final Browser browserWithoutJavaScript = Browser.withoutJavaScript();

    /** A small demo borough, so that the demo-borough page is checked with its tables. */
    @DynamicPropertySource
    static void demoBorough(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("joinery-a11y-borough-").resolve("borough");
        Borough.generate(BoroughOptions.of(2_000, 1), folder, BoroughProgress.SILENT, false);
        registry.add("joinery.borough.dir", folder::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private Map<Role, String> usernames;

    @BeforeAll
    void createOneUserPerRole() {
        TestStaff staff = new TestStaff(jdbc, passwordEncoder);
        UUID borough = staff.organisation("Test Borough Council", "COUNCIL_SERVICE", true);
        usernames = staff.onePerRole(borough, "a11y-");
        browser.at("http://localhost:" + port);
        browserWithoutJavaScript.at("http://localhost:" + port);
    }

    @BeforeEach
    void startSignedOut() {
        browser.driver().manage().deleteAllCookies();
        browserWithoutJavaScript.driver().manage().deleteAllCookies();
    }

    @ParameterizedTest
    @MethodSource("org.joinery.access.Role#values")
    void everyPageARoleCanReachMeetsWcag22AA(Role role) {
        signIn(browser, role);
        List<String> failures = new ArrayList<>();
        for (String path : PAGES.get(role)) {
            browser.open(path);
            assertThat(browser.heading()).as("%s opens %s", role, path).isNotIn(NOT_FOUND, FORBIDDEN, PROBLEM);
            failures.addAll(violations(browser, role + " " + path));
        }
        for (String link : navigationLinks(browser)) {
            if (NOT_BUILT_YET.contains(link)) {
                browser.open(link);
                assertThat(browser.heading()).as("%s has been built: move it from NOT_BUILT_YET into PAGES", link)
                        .isEqualTo(NOT_FOUND);
            } else {
                assertThat(PAGES.get(role)).as("%s's navigation links to %s: add it to PAGES so it is checked", role, link)
                        .contains(link);
            }
        }
        signOut(browser);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void thePagesAnyoneCanSeeMeetWcag22AA() {
        List<String> failures = new ArrayList<>();
        for (String path : PUBLIC_PAGES) {
            browser.open(path);
            failures.addAll(violations(browser, path));
        }
        browser.open("/sign-in").fill("username", "nobody").fill("password", "wrong").press("Sign in");
        assertThat(browser.find(".govuk-error-summary").isDisplayed()).isTrue();
        assertThat(browser.title()).startsWith("Error: ");
        failures.addAll(violations(browser, "/sign-in after a failed sign-in"));
        signIn(browser, Role.PRACTITIONER);
        signOut(browser);
        failures.addAll(violations(browser, "/sign-in after signing out"));
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void theErrorPagesMeetWcag22AAAndTellThePersonWhatToDoNext() {
        signIn(browser, Role.PRACTITIONER);
        List<String> failures = new ArrayList<>();

        browser.open("/no-such-page");
        assertThat(browser.heading()).isEqualTo(NOT_FOUND);
        assertThat(browser.find("#main-content").getText()).contains("check it is correct");
        failures.addAll(violations(browser, "the page-not-found page"));

        browser.open("/admin/users");
        assertThat(browser.heading()).isEqualTo(FORBIDDEN);
        assertThat(browser.find("#main-content").getText()).contains("administrator or information governance officer");
        failures.addAll(violations(browser, "the no-access page"));

        browser.open("/test-only/failure");
        assertThat(browser.heading()).isEqualTo(PROBLEM);
        assertThat(browser.driver().getPageSource()).doesNotContain(FAILURE_DETAIL).doesNotContain("IllegalStateException");
        failures.addAll(violations(browser, "the problem-with-the-service page"));

        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void theHomePageLooksLikeAGovukServiceCalledJoineryWithoutTheCrown() throws Exception {
        signIn(browser, Role.ADMINISTRATOR);
        assertThat(browser.find(".govuk-header").getText()).isEqualTo("Joinery");
        assertThat(browser.findAll(".govuk-header svg")).as("the crown is only for GOV.UK services").isEmpty();
        assertThat(browser.find(".govuk-service-navigation").isDisplayed()).isTrue();
        assertThat(browser.find(".govuk-footer").getText()).contains("Accessibility statement", "Cookies");
        assertThat(browser.find("body").getAttribute("class")).contains("govuk-frontend-supported");
        browser.screenshot(Path.of(System.getProperty("java.io.tmpdir"), "joinery-home.png"));
    }

    @Test
    void theFaviconIsJoinerysOwnAndTheGovukTypefaceIsNeverServed() throws Exception {
        browser.open("/sign-in");
        String favicon = browser.find("link[rel=icon]").getDomAttribute("href");
        assertThat(favicon).isEqualTo("/assets/images/joinery-favicon.svg");
        assertThat(status(favicon)).isEqualTo(200);
        assertThat(status("/assets/images/govuk-crest.svg")).as("GOV.UK Frontend's assets are served").isEqualTo(200);
        assertThat(status("/assets/fonts/bold-b542beb274-v2.woff2")).as("GDS Transport is for GOV.UK only").isEqualTo(404);
    }

    @Test
    void theOnlyCookieJoinerySetsIsTheSessionCookie() {
        signIn(browser, Role.PRACTITIONER);
        browser.open("/cookies");
        assertThat(browser.driver().manage().getCookies()).extracting(Cookie::getName).containsExactly("JOINERY_SESSION");
        assertThat(browser.find("#cookies").getText()).contains("JOINERY_SESSION").contains("30 minutes");
    }

    @Test
    void aPersonCanSignInMoveAroundAndSignOutWithJavaScriptTurnedOff() {
        Browser noScript = browserWithoutJavaScript;
        noScript.open("/sign-in");
        assertThat(noScript.find("body").getAttribute("class")).doesNotContain("js-enabled");

        noScript.fill("username", usernames.get(Role.ADMINISTRATOR)).fill("password", "not the password").press("Sign in");
        WebElement summaryLink = noScript.find(".govuk-error-summary a");
        assertThat(summaryLink.getAttribute("href")).endsWith("#username");

        // axe-core cannot run here (its timers never fire without JavaScript); the pages are the same
        // HTML that the checks above pass, less GOV.UK Frontend's enhancements.
        signIn(noScript, Role.ADMINISTRATOR);
        assertThat(navigationLinks(noScript)).contains("/", "/admin/users");
        assertThat(noScript.find(".govuk-service-navigation__list").isDisplayed()).isTrue();
        noScript.open("/cookies");
        assertThat(noScript.heading()).isEqualTo("Cookies");
        signOut(noScript);
    }

    @Test
    void theAccessibilityCheckRunsDespiteTheContentSecurityPolicyAndReportsAnImageWithoutAlternativeText() {
        browser.open("/sign-in");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const img = document.createElement('img'); img.src = '/assets/images/joinery-favicon.svg';"
                        + "document.querySelector('main').appendChild(img);");
        List<Axe.Violation> found = Axe.check(browser.driver());
        assertThat(found).extracting(Axe.Violation::rule).contains("image-alt");
        assertThat(Axe.report("a test page", found)).contains("image-alt [critical]").containsPattern("at [^\\n]*img");
    }

    private int status(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void signIn(Browser on, Role role) {
        on.open("/sign-in").fill("username", usernames.get(role)).fill("password", TestStaff.PASSWORD).press("Sign in");
        assertThat(on.path()).as("%s signs in", role).isEqualTo("/");
        assertThat(on.heading()).isEqualTo("Your Joinery");
    }

    private static void signOut(Browser on) {
        on.press("Sign out");
        assertThat(on.path()).isEqualTo("/sign-in?signed-out");
        assertThat(on.find(".govuk-notification-banner").getText()).contains("You have signed out.");
    }

    private static List<String> navigationLinks(Browser on) {
        return on.findAll(".govuk-service-navigation__list a").stream()
                .map(link -> link.getDomAttribute("href")).toList();
    }

    private static List<String> violations(Browser on, String page) {
        List<Axe.Violation> found = Axe.check(on.driver());
        return found.isEmpty() ? List.of() : List.of(Axe.report(page, found));
    }

    /** A page that fails, to show what a person sees when something goes wrong inside Joinery. */
    @Controller
    static class FailingPage {
        @GetMapping("/test-only/failure")
        String fail() {
            throw new IllegalStateException(FAILURE_DETAIL);
        }
    }
}
