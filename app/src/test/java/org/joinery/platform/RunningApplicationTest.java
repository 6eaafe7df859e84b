package org.joinery.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.audit.AuditChain;
import org.joinery.audit.AuditVerifyProcess;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class RunningApplicationTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditChain auditChain;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** As a browser asks: for a page. */
    private HttpResponse<String> getPage(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthReportsUpWithLivenessAndReadiness() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("liveness").contains("readiness");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusMetricsOnTheApplicationPortAreForSignedInAdministratorsOnly() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/prometheus");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in"));
        assertThat(anonymous.body()).doesNotContain("jvm_memory_used_bytes");

        TestStaff staff = new TestStaff(jdbc, passwords);
        UUID organisation = staff.organisation("Metrics " + UUID.randomUUID(), "COUNCIL_SERVICE", false);
        String practitioner = staff.user(organisation, "metrics-practitioner-" + UUID.randomUUID(), "Test", Role.PRACTITIONER);
        String administrator = staff.user(organisation, "metrics-admin-" + UUID.randomUUID(), "Test", Role.ADMINISTRATOR);
        assertThat(WebSession.signedIn(port, practitioner).fetch("/actuator/prometheus").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = WebSession.signedIn(port, administrator).fetch("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void theErrorPathAskedForDirectlyIsAPageNotFoundNotAServerError() throws Exception {
        HttpResponse<String> page = getPage("/error");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").doesNotContain("999");
        HttpResponse<String> json = get("/error");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("\"status\":404").doesNotContain("999");
    }

    @Test
    void aPageThatDoesNotExistStillGetsThePageNotFoundPage() throws Exception {
        HttpResponse<String> missingStatic = getPage("/assets/no-such-file.css");
        assertThat(missingStatic.statusCode()).isEqualTo(404);
        assertThat(missingStatic.body()).contains("Page not found");
    }

    @Test
    void plainHttpGetsAPermissionsPolicyButNoStrictTransportSecurityOrSecureCookie() throws Exception {
        HttpResponse<String> signIn = get("/sign-in");
        assertThat(signIn.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("camera=()").contains("geolocation=()").contains("microphone=()"));
        assertThat(signIn.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(signIn.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in"));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> signIn = get("/sign-in");
        assertThat(signIn.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(signIn.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(signIn.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aFreshAuditChainVerifiesAsIntact() {
        assertThat(auditChain.verify(AuditVerifyProcess.ACTOR).intact()).isTrue();
    }
}
