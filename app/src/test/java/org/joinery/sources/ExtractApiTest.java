package org.joinery.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.accounts.Fixtures;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ExtractApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TWO_RECORDS = """
            {"records": [
              {"id": "A1", "forenames": "Anna", "surname": "Smith", "dob": "07/03/1980", "postcode": "E1 6AN", "opened": "", "closed": null},
              {"id": "A2", "forenames": "Ben", "surname": "Jones", "dob": "", "postcode": "", "opened": "", "closed": ""}
            ]}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SourceRegistration registration;

    Fixtures fixtures;
    UUID organisation;
    WebSession admin;
    Source source;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        fixtures.clearSignInFailures();
        organisation = fixtures.organisation(Fixtures.unique("Housing"), false);
        admin = WebSession.signedIn(port, fixtures.user(organisation, Role.ADMINISTRATOR));
        source = SourceFixtures.register(registration, organisation);
    }

    private String newKey(WebSession session) {
        WebSession.Page created = session.submit("/sources/api-keys", "/sources/api-keys",
                List.of(Map.entry("name", "Case system"), Map.entry("organisationId",
                        session.get("/sources/api-keys").document().selectFirst("#organisationId option").attr("value"))));
        return created.document().getElementById("new-key").text();
    }

    private HttpResponse<String> send(String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sources/"
                        + source.name() + "/batches"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private int refusalsAudited() {
        return jdbc.queryForObject("select count(*) from audit_entry where category = 'SOURCE_EXTRACT' and allowed = false"
                + " and actor_username like 'api-key:%'", Integer.class);
    }

    @Test
    void aBatchSentWithALiveKeyLandsAndTheSameBatchAgainChangesNothing() {
        String key = newKey(admin);
        HttpResponse<String> landed = send(key, TWO_RECORDS);
        assertThat(landed.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(landed.body());
        assertThat(body.get("status").asString()).isEqualTo("landed");
        assertThat(body.get("new").asInt()).isEqualTo(2);
        assertThat(landed.headers().firstValue("Location").orElse("")).contains("/sources/" + source.name() + "/batches/");
        assertThat(landed.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> again = send(key, TWO_RECORDS);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("message").asString()).contains("nothing changed");
        assertThat(jdbc.queryForObject("select count(*) from import_batch where source_id = ?", Integer.class, source.id())).isEqualTo(1);
        assertThat(admin.get("/sources/api-keys").document().select("table").text()).contains("Case system");
    }

    @Test
    void aBatchWithErrorsIsRefusedWithEveryRowErrorAsProblemDetailsAndNothingChanges() {
        String key = newKey(admin);
        HttpResponse<String> refused = send(key, """
                {"records": [
                  {"id": "A1", "forenames": "Anna", "surname": "Smith", "dob": "31/02/1980", "postcode": "", "opened": "", "closed": ""},
                  {"id": "A1", "forenames": "Ann", "surname": "Smith", "dob": "", "postcode": "", "opened": "", "closed": ""},
                  {"id": "", "forenames": "Cy", "surname": "Lee", "dob": "", "postcode": "", "opened": "", "closed": ""}
                ]}""");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("title").asString()).contains("nothing changed");
        assertThat(problem.get("errors")).hasSize(3);
        assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(1);
        assertThat(problem.get("errors").get(0).get("column").asString()).isEqualTo("dob");
        assertThat(problem.get("errors").get(1).get("message").asString()).contains("'A1' is also on line 2");
        assertThat(problem.get("errors").get(2).get("column").asString()).isEqualTo("id");
        assertThat(jdbc.queryForObject("select count(*) from source_record where source_id = ?", Integer.class, source.id())).isZero();
    }

    @Test
    void noKeyARevokedKeyAndAnotherOrganisationsKeyAreRefusedAndAudited() {
        int before = refusalsAudited();
        HttpResponse<String> none = send(null, TWO_RECORDS);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("Authorization: Bearer");

        String key = newKey(admin);
        UUID keyId = jdbc.queryForObject("select id from api_key where key_prefix = ?", UUID.class, key.substring(0, 12));
        admin.submit("/sources/api-keys", "/sources/api-keys/" + keyId + "/revoke", List.of());
        assertThat(send(key, TWO_RECORDS).statusCode()).isEqualTo(401);

        UUID other = fixtures.organisation(Fixtures.unique("Other"), false);
        String otherKey = newKey(WebSession.signedIn(port, fixtures.user(other, Role.ADMINISTRATOR)));
        HttpResponse<String> wrong = send(otherKey, TWO_RECORDS);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("own organisation");

        assertThat(refusalsAudited()).isEqualTo(before + 3);
        assertThat(jdbc.queryForObject("select count(*) from source_record where source_id = ?", Integer.class, source.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from api_key where key_hash = ?", Integer.class, key)).isZero();
    }

    @Test
    void theApiNeedsNoCsrfTokenButThePagesStillDo() {
        WebSession.Page withoutToken = admin.post("/sources/api-keys", List.of(Map.entry("name", "x")));
        assertThat(withoutToken.status()).isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentIsServedAndDescribesTheControllersRoutes() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        JsonNode openApi = JSON.readTree(document.body());
        String route = Class.forName("org.joinery.sources.web.BatchesApi").getDeclaredMethods().length > 0
                ? routeOfBatchesApi() : null;
        assertThat(openApi.get("paths").propertyNames()).containsExactly(route);
        assertThat(openApi.get("paths").get(route).propertyNames()).containsExactly("post");
        assertThat(openApi.get("paths").get(route).get("post").get("responses").propertyNames())
                .contains("200", "201", "401", "403", "422");
        assertThat(Files.readString(Path.of("../docs/api.md"))).contains(route);
    }

    private static String routeOfBatchesApi() throws ClassNotFoundException {
        for (var method : Class.forName("org.joinery.sources.web.BatchesApi").getDeclaredMethods()) {
            PostMapping post = method.getAnnotation(PostMapping.class);
            if (post != null) {
                return post.path()[0];
            }
        }
        throw new AssertionError("BatchesApi has no POST route");
    }
}
