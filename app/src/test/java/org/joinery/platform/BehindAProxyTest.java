package org.joinery.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Joinery as docs/operations.md tells a council to run it in production: behind a TLS-terminating proxy that
 * forwards the scheme, with metrics on a separate management port that only monitoring can reach.
 */
@IntegrationTest
@TestPropertySource(properties = {"management.server.port=0", "server.forward-headers-strategy=native"})
class BehindAProxyTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(int onPort, String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theMonitoringScraperReadsMetricsOnTheManagementPortWithoutSigningIn() throws Exception {
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(get(managementPort, "/actuator/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void withAManagementPortTheApplicationPortServesNoMetricsAtAll() throws Exception {
        HttpResponse<String> onApplicationPort = get(port, "/actuator/prometheus", null);
        assertThat(onApplicationPort.statusCode()).isIn(302, 404);
        assertThat(onApplicationPort.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void aRequestThatCameOverHttpsGetsStrictTransportSecurityAndASecureSessionCookie() throws Exception {
        HttpResponse<String> signIn = get(port, "/sign-in", "https");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JOINERY_SESSION=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(signIn.headers().firstValue("Permissions-Policy")).isPresent();
    }

    @Test
    void theSameRequestOverPlainHttpGetsNeither() throws Exception {
        HttpResponse<String> signIn = get(port, "/sign-in", null);
        assertThat(signIn.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(signIn.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }
}
