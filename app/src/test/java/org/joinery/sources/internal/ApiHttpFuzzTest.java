package org.joinery.sources.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.accounts.Fixtures;
import org.joinery.sources.Source;
import org.joinery.sources.SourceFixtures;
import org.joinery.sources.SourceRegistration;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.WebSession;
import org.joinery.testing.fuzz.Fuzz;
import org.joinery.testing.fuzz.Gen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extracts API over real HTTP with generated bodies and content types: never a server error; every refusal is
 * problem+json saying what to send, and a rejected batch names each row and column.
 */
@IntegrationTest
class ApiHttpFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SourceRegistration registration;

    @Test
    @DisplayName("generated batches sent over HTTP land, or are refused as problem+json naming each row and column, never a server error (250 cases)")
    void batchesOverHttp() {
        Fixtures fixtures = new Fixtures(jdbc, passwords);
        fixtures.clearSignInFailures();
        UUID organisation = fixtures.organisation(Fixtures.unique("Housing"), false);
        WebSession admin = WebSession.signedIn(port, fixtures.user(organisation, Role.ADMINISTRATOR));
        Source source = SourceFixtures.register(registration, organisation);
        String key = admin.submit("/sources/api-keys", "/sources/api-keys", List.of(Map.entry("name", "Case system"),
                        Map.entry("organisationId", organisation.toString())))
                .document().getElementById("new-key").text();
        Fuzz.forAll("API batches over HTTP", 250, random -> new Sent(ApiBodyCase.generate(random), contentType(random)),
                sent -> {
                    HttpResponse<String> response = send(source.name(), key, sent);
                    int status = response.statusCode();
                    assertThat(status).as("status").isIn(200, 201, 400, 415, 422);
                    if (sent.contentType().equals("application/x-www-form-urlencoded")) {
                        // Tomcat reads a form body as parameters before Spring sees it, and refuses bad escapes itself.
                        assertThat(status).isIn(400, 415);
                        return;
                    } else if (!sent.contentType().startsWith("application/json")) {
                        assertThat(status).isEqualTo(415);
                    } else if (sent.body().expect().equals("good")) {
                        assertThat(status).as("a good batch").isIn(200, 201);
                    } else if (sent.body().expect().equals("problem")) {
                        assertThat(status).as("not a batch").isEqualTo(400);
                    } else if (!sent.body().expect().equals("any")) {
                        assertThat(status).as("a batch with errors").isEqualTo(422);
                    }
                    JsonNode body = JSON.readTree(response.body());
                    if (status >= 400) {
                        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                        assertThat(body.get("title").asString()).isNotBlank();
                        assertThat(body.get("detail").asString()).isNotBlank().doesNotContainIgnoringCase("exception");
                    }
                    if (status == 422) {
                        assertThat(body.get("errors")).isNotEmpty();
                        for (JsonNode error : body.get("errors")) {
                            assertThat(error.get("row").isInt()).isTrue();
                            assertThat(error.get("message").asString()).isNotBlank();
                            assertThat(error.get("row").asInt() == 0 || !error.get("column").isNull()
                                    || error.get("message").asString().matches("(the record is not an object|expected ).*")).isTrue();
                        }
                    }
                });
    }

    /** A body and the content type it is sent with. */
    record Sent(ApiBodyCase body, String contentType) {
        @Override
        public String toString() {
            return contentType + ": " + body;
        }
    }

    private static String contentType(Random random) {
        return Gen.chance(random, 0.9) ? Gen.oneOf(random, "application/json", "application/json; charset=utf-8")
                : Gen.oneOf(random, "text/plain", "text/csv", "application/x-www-form-urlencoded", "application/xml", "nonsense");
    }

    private HttpResponse<String> send(String source, String key, Sent sent) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sources/" + source + "/batches"))
                .header("Content-Type", sent.contentType()).header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(sent.body().body())).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
