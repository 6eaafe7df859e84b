package org.joinery.accounts;

import org.joinery.testing.WebSession;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * With a client registration configured by explicit endpoints (no identity provider is contacted),
 * the sign-in page offers the provider and sends the browser to it.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "joinery.oidc.client-id=joinery-test-client",
        "joinery.oidc.client-secret=not-a-real-secret",
        "joinery.oidc.name=Example ID",
        "joinery.oidc.authorization-uri=https://id.example.org/authorize",
        "joinery.oidc.token-uri=https://id.example.org/token",
        "joinery.oidc.jwk-set-uri=https://id.example.org/keys"})
class OidcSignInPageTest {

    @LocalServerPort
    int port;

    @Test
    void theSignInPageOffersTheIdentityProviderBesideLocalSignIn() {
        WebSession.Page page = new WebSession(port).get("/sign-in");
        assertThat(page.document().select("a#identity-provider").text()).isEqualTo("Sign in with Example ID");
        assertThat(page.document().select("input#password")).hasSize(1);
    }

    @Test
    void theButtonSendsTheBrowserToTheProviderWithJoinerysClientAndRedirect() {
        WebSession browser = new WebSession(port);
        String path = browser.get("/sign-in").document().select("a#identity-provider").attr("href");
        WebSession.Page redirect = browser.get(path);
        assertThat(redirect.status()).isEqualTo(302);
        String location = URLDecoder.decode(redirect.location(), StandardCharsets.UTF_8);
        assertThat(location).startsWith("https://id.example.org/authorize?")
                .contains("client_id=joinery-test-client")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/oidc")
                .contains("scope=openid profile email");
    }

    @Test
    void aRefusedProviderSignInSaysToAskTheAdministrator() {
        WebSession.Page page = new WebSession(port).get("/sign-in?oidc-refused");
        assertThat(page.errorSummary()).contains("You signed in with Example ID, but there is no Joinery account for you")
                .contains("Ask your Joinery administrator");
    }
}
