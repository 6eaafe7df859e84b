package org.joinery.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinery.access.Role;
import org.joinery.testing.ViewTestBase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ErrorPagesViewTest extends ViewTestBase {

    @Test
    void pageNotFoundSaysWhatToCheckAndWhomToContact() throws Exception {
        Document page = template("error/404").signedInAs(Role.PRACTITIONER).with("status", 404).render();
        assertThat(page.title()).isEqualTo("Page not found – Joinery");
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("main").text()).contains("check it is correct").contains("Joinery administrator");
        assertThat(page.select("main a").eachAttr("href")).contains("/");
    }

    @Test
    void noAccessSaysWhomToAskWithoutClaimingTheAttemptWasAuditedWhenNoRuleRefusedIt() throws Exception {
        Document page = template("error/403").signedInAs(Role.PRACTITIONER).with("status", 403).render();
        assertThat(page.select("h1").text()).isEqualTo("You do not have access to this page");
        assertThat(page.select("main").text()).contains("administrator or information governance officer")
                .doesNotContain("recorded in the audit log");
        assertThat(page.select("#refusal-reason")).isEmpty();
    }

    @Test
    void noAccessExplainsTheAccessRuleThatRefused() throws Exception {
        Document page = template("error/403").signedInAs(Role.PRACTITIONER)
                .with("refusalRule", "no-open-involvement")
                .with("refusalReason", "Your organisation has no open involvement with this person.").render();
        assertThat(page.select("#refusal-reason").text())
                .isEqualTo("Why you cannot see it: Your organisation has no open involvement with this person.");
        assertThat(page.select("main").text()).contains("recorded in the audit log");
    }

    @Test
    void noAccessAfterTheSessionEndedOffersToSignInAgain() throws Exception {
        Document page = template("error/403").with("status", 403).render();
        assertThat(page.select("main a").eachAttr("href")).contains("/sign-in");
        assertThat(page.select("main").text()).contains("signed out");
    }

    @Test
    void aProblemWithTheServiceNeverShowsTheExceptionOrStackTrace() throws Exception {
        Document page = template("error/500").signedInAs(Role.ANALYST).with("status", 500)
                .with("exception", "java.lang.IllegalStateException").with("message", "secret detail")
                .with("trace", "at org.joinery.Secret.method(Secret.java:1)").render();
        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.select("main").text()).contains("Try again later.");
        assertThat(page.html()).doesNotContain("IllegalStateException").doesNotContain("secret detail").doesNotContain("Secret.java");
    }

    @Test
    void anyOtherErrorShowsTheProblemWithTheServicePage() throws Exception {
        Document page = template("error").with("status", 405).render();
        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.select(".govuk-footer")).hasSize(1);
    }
}
