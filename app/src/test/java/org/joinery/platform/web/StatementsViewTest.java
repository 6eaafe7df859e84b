package org.joinery.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinery.testing.ViewTestBase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class StatementsViewTest extends ViewTestBase {

    private Document cookies() throws Exception {
        return template("cookies").with("sessionCookieName", "JOINERY_SESSION").with("sessionTimeoutMinutes", 45L).render();
    }

    @Test
    void theCookieStatementListsOnlyTheSessionCookieWithItsRealTimeout() throws Exception {
        Document page = cookies();
        assertThat(page.select("#cookies tbody tr")).hasSize(1);
        assertThat(page.select("#cookies tbody td").eachText())
                .satisfies(cells -> assertThat(cells.get(0)).isEqualTo("JOINERY_SESSION"))
                .satisfies(cells -> assertThat(cells.get(2)).contains("after 45 minutes without activity"));
        assertThat(page.select("#cookies th[scope=col]").eachText()).containsExactly("Name", "Purpose", "Expires");
    }

    @Test
    void theCookieStatementSaysThereIsNoTrackingAndWhyNoConsentIsAsked() throws Exception {
        String text = cookies().select("main").text();
        assertThat(text).contains("does not use analytics cookies")
                .contains("we do not ask for your consent")
                .contains("security token");
        assertThat(cookies().select("main form, main button")).as("nothing to opt into or out of").isEmpty();
    }

    @Test
    void theAccessibilityStatementGivesTheTargetTestingKnownIssuesContactAndEnforcement() throws Exception {
        Document page = template("accessibility").render();
        assertThat(page.select("h1").text()).isEqualTo("Accessibility statement for Joinery");
        assertThat(page.select("h2").eachText()).contains("How accessible this service is", "Feedback and contact information",
                "Enforcement procedure", "How we tested this service");
        String text = page.select("main").text();
        assertThat(text).contains("WCAG) version 2.2 at level AA").contains("axe-core").contains("by hand")
                .contains("Equality and Human Rights Commission (EHRC)").contains("partially compliant");
        assertThat(page.select("#known-issues li")).isNotEmpty();
        assertThat(page.select("main a[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith("https://"));
    }
}
