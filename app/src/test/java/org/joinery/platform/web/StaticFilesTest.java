package org.joinery.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every static file the layout links to is served from its own mapping, without signing in. */
@IntegrationTest
class StaticFilesTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/css/joinery.css", "/js/init.js", "/js/supported.js", "/js/upload-progress.js",
            "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js",
            "/assets/images/joinery-favicon.svg", "/assets/images/govuk-icon-180.png", "/api/openapi.json"})
    void a_static_file_the_pages_link_to_is_served(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.body()).as(path).isNotEmpty();
    }
}
