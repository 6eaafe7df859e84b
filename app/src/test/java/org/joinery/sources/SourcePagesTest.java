package org.joinery.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.accounts.Fixtures;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.WebSession;
import org.joinery.testing.WebSession.FilePart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class SourcePagesTest {

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

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        fixtures.clearSignInFailures();
        organisation = fixtures.organisation(Fixtures.unique("Housing"), false);
        admin = WebSession.signedIn(port, fixtures.user(organisation, Role.ADMINISTRATOR));
    }

    private static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void anAdministratorBuildsAMappingFromASampleAndSeesHowTheFirstRowsWouldBeRead() {
        String sample = csv("ref,name,dob,pc,opened", "H1,SMITH, Anna,07/03/1980,E1 6AN,01/02/2024".replace("SMITH, Anna", "\"SMITH, Anna\""),
                "H2,Ben Jones,31/02/1980,RM9 4XX,2024-31-01");
        WebSession.Page withSample = admin.submitMultipart("/sources/new", "/sources/new",
                List.of(Map.entry("action", "preview")), List.of(new FilePart("sampleFile", "sample.csv", sample.getBytes(StandardCharsets.UTF_8))));
        assertThat(withSample.status()).isEqualTo(200);
        assertThat(withSample.document().getElementById("sample-columns").text()).contains("ref, name, dob, pc, opened");

        WebSession.Page preview = admin.submitMultipart("/sources/new", "/sources/new", List.of(
                Map.entry("sample", sample), Map.entry("name", "housing-cases"), Map.entry("recordId", "ref"),
                Map.entry("fullName", "name"), Map.entry("field.date_of_birth", "dob"), Map.entry("field.postcode", "pc"),
                Map.entry("openedColumn", "opened"), Map.entry("dateFormats", "dd/MM/yyyy"), Map.entry("action", "preview")), List.of());

        Element table = preview.document().getElementById("preview");
        assertThat(table).isNotNull();
        List<Element> rows = table.select("tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).contains("H1").contains("Anna").contains("SMITH").contains("1980-03-07").contains("2024-02-01");
        assertThat(rows.get(0).select(".joinery-cell--problem")).isEmpty();
        assertThat(rows.get(1).select(".joinery-cell--problem").text())
                .contains("'31/02/1980' is not a date written as dd/MM/yyyy")
                .contains("'2024-31-01' is not a date written as dd/MM/yyyy");
        assertThat(jdbc.queryForObject("select count(*) from source where name = 'housing-cases'", Integer.class)).isZero();
    }

    @Test
    void anAdministratorRegistersASourceWithAPastedMappingAndSeesItsPage() {
        String name = "cases-" + UUID.randomUUID().toString().substring(0, 6);
        WebSession.Page saved = admin.submitMultipart("/sources/new", "/sources/new", List.of(
                Map.entry("name", name), Map.entry("title", "Housing cases"), Map.entry("organisationId", organisation.toString()),
                Map.entry("lawfulBasis", "Public task"), Map.entry("contact", "Duty desk"),
                Map.entry("mappingJson", SourceFixtures.mapping(name)), Map.entry("action", "save")), List.of());

        assertThat(saved.status()).isEqualTo(302);
        WebSession.Page page = admin.get(WebSession.path(saved.location()));
        assertThat(page.banner()).contains("Source " + name + " has been registered");
        assertThat(page.document().select(".govuk-summary-list").text()).contains("Duty desk").contains("Public task");
        assertThat(admin.get("/sources").document().select("table").text()).contains(name);
    }

    @Test
    void aRegistrationWithProblemsSaysWhatToFixAndRegistersNothing() {
        WebSession.Page refused = admin.submitMultipart("/sources/new", "/sources/new", List.of(
                Map.entry("name", "Not A Slug"), Map.entry("organisationId", organisation.toString()),
                Map.entry("mappingJson", "{\"source\": \"x\"}"), Map.entry("action", "save")), List.of());

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorSummary()).contains("The mapping cannot be used").contains("fields");
    }

    @Test
    void anUploadIsImportedInTheBackgroundAndItsPageSaysWhenItHasLanded() throws Exception {
        Source source = SourceFixtures.register(registration, organisation);
        String extract = csv(SourceFixtures.HEADER, "A1,Anna,Smith,07/03/1980,E1 6AN,,", "A2,Ben,Jones,,,,");
        WebSession.Page uploaded = admin.submitMultipart("/sources/" + source.name(), "/sources/" + source.name() + "/batches",
                List.of(), List.of(new FilePart("extract", "people.csv", extract.getBytes(StandardCharsets.UTF_8))));
        assertThat(uploaded.status()).isEqualTo(302);
        String batchPage = WebSession.path(uploaded.location());

        WebSession.Page done = finished(batchPage);
        assertThat(done.document().getElementById("import-status").text()).contains("Batch landed");
        assertThat(done.document().text()).contains("2 rows: 2 new");
        assertThat(admin.get("/sources/" + source.name()).document().select("table").text()).contains("people.csv");
    }

    @Test
    void aRejectedUploadListsEveryProblemAndTheDownloadNeutralisesFormulas() throws Exception {
        Source source = SourceFixtures.register(registration, organisation);
        String extract = csv(SourceFixtures.HEADER, "A1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Smith,31/02/1980,,,");
        WebSession.Page uploaded = admin.submitMultipart("/sources/" + source.name(), "/sources/" + source.name() + "/batches",
                List.of(), List.of(new FilePart("extract", "people.csv", extract.getBytes(StandardCharsets.UTF_8))));
        String batchPage = WebSession.path(uploaded.location());

        WebSession.Page done = finished(batchPage);
        assertThat(done.document().getElementById("import-status").text()).contains("rejected: nothing changed");
        assertThat(done.document().select("#errors tbody tr").text()).contains("2").contains("dob").contains("'31/02/1980'");
        HttpResponse<String> download = admin.fetch(batchPage + "/errors.csv");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(download.body()).startsWith("line,row,column,problem\r\n").contains("2,1,dob,'31/02/1980' is not a date");
        assertThat(jdbc.queryForObject("select count(*) from source_record where source_id = ?", Integer.class, source.id())).isZero();
    }

    @Test
    void anAdministratorOfAnotherOrganisationCannotUploadOrReadTheBatches() {
        Source source = SourceFixtures.register(registration, organisation);
        UUID other = fixtures.organisation(Fixtures.unique("Other"), false);
        WebSession stranger = WebSession.signedIn(port, fixtures.user(other, Role.ADMINISTRATOR));

        WebSession.Page page = stranger.get("/sources/" + source.name());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("form[action$=/batches]")).isEmpty();
        String token = stranger.csrfToken("/sources/api-keys");
        WebSession.Page refused = stranger.postMultipart("/sources/" + source.name() + "/batches", List.of(Map.entry("_csrf", token)),
                List.of(new FilePart("extract", "x.csv", (SourceFixtures.HEADER + "\nA1,a,b,,,,\n").getBytes(StandardCharsets.UTF_8))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from import_batch where source_id = ?", Integer.class, source.id())).isZero();
    }

    private WebSession.Page finished(String batchPage) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> response = admin.fetch(batchPage);
            if (response.headers().firstValue("Refresh").isEmpty()) {
                return admin.get(batchPage);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import did not finish: " + batchPage);
    }
}
