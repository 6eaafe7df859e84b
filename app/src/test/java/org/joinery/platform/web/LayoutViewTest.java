package org.joinery.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.joinery.access.Role;
import org.joinery.testing.ViewTestBase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LayoutViewTest extends ViewTestBase {

    private Document home(Role... roles) throws Exception {
        return template("home").signedInAs(roles).with("roles", Set.of(roles)).render();
    }

    private static List<String> navigation(Document page) {
        return page.select(".govuk-service-navigation__list a").eachAttr("href");
    }

    @Test
    void theFirstLinkOnEveryPageSkipsToTheMainContent() throws Exception {
        Document page = home(Role.PRACTITIONER);
        Element first = page.body().selectFirst("a");
        assertThat(first.hasClass("govuk-skip-link")).isTrue();
        assertThat(first.attr("href")).isEqualTo("#main-content");
        assertThat(first.text()).isEqualTo("Skip to main content");
        assertThat(page.select("main#main-content")).hasSize(1);
    }

    @Test
    void theHeaderNamesJoineryAndCarriesNoCrown() throws Exception {
        Document page = home(Role.PRACTITIONER);
        assertThat(page.select(".govuk-header").text()).isEqualTo("Joinery");
        assertThat(page.select(".govuk-header svg, .govuk-header__logotype-crown, img[src*=crest]")).isEmpty();
        assertThat(page.title()).isEqualTo("Your Joinery – Joinery");
        assertThat(page.select("html").attr("lang")).isEqualTo("en-GB");
    }

    @Test
    void aPractitionerSeesHomeTheDemoBoroughAndFindAResidentInTheServiceNavigation() throws Exception {
        assertThat(navigation(home(Role.PRACTITIONER))).containsExactly("/", "/demo-borough", "/find");
    }

    @Test
    void anAdministratorSeesSourcesOrganisationsUsersAndTheAuditCheckButNotTheAuditLog() throws Exception {
        assertThat(navigation(home(Role.ADMINISTRATOR)))
                .containsExactly("/", "/demo-borough", "/sources", "/admin/organisations", "/admin/users", "/admin/audit-check");
    }

    @Test
    void theHostOrganisationsAdministratorAlsoSeesLinkageAndClericalReview() throws Exception {
        Document page = template("home").signedInAtTheHostAs(Role.ADMINISTRATOR).with("roles", Set.of(Role.ADMINISTRATOR)).render();
        assertThat(navigation(page)).containsExactly("/", "/demo-borough", "/sources", "/linking", "/admin/organisations",
                "/admin/users", "/admin/audit-check", "/review");
    }

    @Test
    void anInformationGovernanceOfficerSeesTheAuditLogAgreementsAndInvolvements() throws Exception {
        assertThat(navigation(home(Role.INFORMATION_GOVERNANCE_OFFICER))).containsExactly("/", "/demo-borough", "/audit",
                "/sharing/agreements", "/sharing/involvements");
    }

    @Test
    void theCurrentPageIsMarkedInTheNavigationForScreenReaders() throws Exception {
        Document page = template("home").signedInAs(Role.ADMINISTRATOR).with("roles", Set.of()).at("/admin/users").render();
        Element current = page.selectFirst(".govuk-service-navigation__item--active a");
        assertThat(current.attr("href")).isEqualTo("/admin/users");
        assertThat(current.attr("aria-current")).isEqualTo("page");
        assertThat(page.select(".govuk-service-navigation__list a[aria-current]")).hasSize(1);
    }

    @Test
    void signingOutIsAFormThatPostsTheCsrfToken() throws Exception {
        Element form = home(Role.ANALYST).selectFirst("form:has(button:contains(Sign out))");
        assertThat(form.attr("action")).isEqualTo("/sign-out");
        assertThat(form.attr("method")).isEqualToIgnoringCase("post");
        assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isEqualTo(CSRF_TOKEN);
        assertThat(form.select("button").attr("type")).isEqualTo("submit");
    }

    @Test
    void aVisitorWhoIsNotSignedInSeesNoNavigationAndNoSignOut() throws Exception {
        Document page = template("cookies").with("sessionCookieName", "JOINERY_SESSION").with("sessionTimeoutMinutes", 30).render();
        assertThat(page.select(".govuk-service-navigation nav")).isEmpty();
        assertThat(page.select("form[action=/sign-out]")).isEmpty();
        assertThat(page.select(".joinery-signed-in")).isEmpty();
    }

    @Test
    void thePageSaysWhoIsSignedInAndForWhichOrganisation() throws Exception {
        assertThat(home(Role.TEAM_MANAGER).select(".joinery-signed-in").text())
                .isEqualTo("Signed in as Test User, Test Borough Council");
    }

    @Test
    void theDemoWarningShowsOnlyOnTheEmbeddedDatabase() throws Exception {
        assertThat(home(Role.PRACTITIONER).select(".govuk-phase-banner")).isEmpty();
        Document embedded = template("home").signedInAs(Role.PRACTITIONER).with("roles", Set.of())
                .with("embeddedDatabase", true).render();
        assertThat(embedded.select(".govuk-phase-banner").text()).contains("Do not enter real personal data");
    }

    @Test
    void theFooterLinksToTheAccessibilityStatementAndCookies() throws Exception {
        assertThat(home(Role.PRACTITIONER).select(".govuk-footer a").eachAttr("href"))
                .containsExactly("/accessibility", "/cookies");
    }

    @Test
    void pagesLoadNoInlineScriptsBecauseTheContentSecurityPolicyForbidsThem() throws Exception {
        Document page = home(Role.PRACTITIONER);
        assertThat(page.select("script")).isNotEmpty().allSatisfy(script -> {
            assertThat(script.attr("src")).isNotBlank();
            assertThat(script.data()).isBlank();
        });
        assertThat(page.select("[onclick], [onload], [onsubmit]")).isEmpty();
    }
}
