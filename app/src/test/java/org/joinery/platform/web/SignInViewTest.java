package org.joinery.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinery.testing.ViewTestBase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SignInViewTest extends ViewTestBase {

    @Test
    void theSignInFormPostsUsernameAndPasswordWithTheCsrfToken() throws Exception {
        Document page = template("accounts/sign-in").at("/sign-in").with("signInFailed", false).render();
        Element form = page.selectFirst("main form");
        assertThat(form.attr("action")).isEqualTo("/sign-in");
        assertThat(form.attr("method")).isEqualToIgnoringCase("post");
        assertThat(form.select("input[name=_csrf]").attr("value")).isEqualTo(CSRF_TOKEN);
        assertThat(form.select("label[for=username]").text()).isEqualTo("Username");
        assertThat(form.select("label[for=password]").text()).isEqualTo("Password");
        assertThat(form.select("#username").attr("autocomplete")).isEqualTo("username");
        assertThat(form.select("#password").attr("autocomplete")).isEqualTo("current-password");
        assertThat(page.select(".govuk-error-summary, .govuk-error-message")).isEmpty();
        assertThat(page.title()).isEqualTo("Sign in to Joinery – Joinery");
    }

    @Test
    void aFailedSignInShowsAnErrorSummaryThatLinksToTheUsernameField() throws Exception {
        Document page = template("accounts/sign-in").at("/sign-in").with("signInFailed", true).render();
        Element summary = page.selectFirst(".govuk-error-summary");
        assertThat(summary.select("h2").text()).isEqualTo("There is a problem");
        Element link = summary.selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("#username");
        assertThat(page.getElementById("username")).isNotNull();
        assertThat(link.text()).startsWith("Enter a correct username and password");
        // The summary comes before the heading so screen readers meet it first.
        assertThat(summary.siblingIndex()).isLessThan(page.selectFirst("h1").siblingIndex());
    }

    @Test
    void aFailedSignInMarksTheFieldAndSaysErrorInThePageTitle() throws Exception {
        Document page = template("accounts/sign-in").at("/sign-in").with("signInFailed", true).render();
        assertThat(page.title()).isEqualTo("Error: Sign in to Joinery – Joinery");
        Element group = page.getElementById("username").parent();
        assertThat(group.hasClass("govuk-form-group--error")).isTrue();
        assertThat(group.select(".govuk-error-message").text()).startsWith("Error: Enter a correct username and password");
    }

    @Test
    void signingOutIsConfirmedOnTheSignInPage() throws Exception {
        Document page = template("accounts/sign-in").at("/sign-in").with("signInFailed", false).param("signed-out", "").render();
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("You have signed out.");
        assertThat(page.select(".govuk-error-summary")).isEmpty();
    }
}
