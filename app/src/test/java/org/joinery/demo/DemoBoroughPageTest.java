package org.joinery.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.platform.web.CurrentUser;
import org.joinery.testing.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class DemoBoroughPageTest {

    private static final Path BOROUGH = temporaryFolder().resolve("borough");

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        registry.add("joinery.demo.enabled", () -> "true");
        registry.add("joinery.borough.dir", BOROUGH::toString);
        registry.add("joinery.borough.residents", () -> "3000");
    }

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private record Practitioner(Actor actor) implements CurrentUser {
        @Override
        public String displayName() {
            return "Pat Practitioner";
        }

        @Override
        public String organisationName() {
            return "Barking and Dagenham Council";
        }
    }

    private static UsernamePasswordAuthenticationToken practitioner() {
        Practitioner user = new Practitioner(new Actor(UUID.randomUUID(), "pat", UUID.randomUUID(), false, Set.of(Role.PRACTITIONER)));
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(Role.PRACTITIONER.authority())));
    }

    private Document page() throws Exception {
        String html = mvc.perform(get("/demo-borough").with(authentication(practitioner())))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void theDemoGeneratesItsBoroughAtStartupWithATruthFileKeptApartFromTheExtracts() {
        assertThat(BOROUGH.resolve("manifest.json")).isRegularFile();
        assertThat(BOROUGH.resolve("truth/records.csv")).isRegularFile();
        assertThat(BOROUGH.resolve("extracts/probation.csv")).isRegularFile();
    }

    @Test
    void aPractitionerSeesResidentsPerWardAndTheOverlapOfDomains() throws Exception {
        Document page = page();
        assertThat(page.select("h1").text()).isEqualTo("Demo borough");
        assertThat(page.select("#wards tbody tr")).hasSize(19);
        assertThat(page.select("#wards tbody tr th").eachText()).contains("Abbey", "Gascoigne", "Whalebone");
        assertThat(page.select("#overlap tbody tr")).hasSize(63);
        assertThat(page.select("#overlap tbody tr th").eachText()).contains("Homelessness and Substance misuse and Offending");
        assertThat(page.text()).contains("A synthetic borough of 3,000 fictional residents");
    }

    @Test
    void countsBelowTenAreShownAsFewerThanTenAndNoResidentAppears() throws Exception {
        Document page = page();
        List<String> counts = page.select("#overlap tbody td").eachText();
        assertThat(counts).contains("fewer than 10");
        for (String count : counts) {
            assertThat(count).matches("fewer than 10|[1-9][0-9,]*");
            if (!count.equals("fewer than 10")) {
                assertThat(Long.parseLong(count.replace(",", ""))).isGreaterThanOrEqualTo(10);
            }
        }
        assertThat(page.html()).doesNotContainPattern("R0\\d{7}");
    }

    @Test
    void theNavigationOffersTheDemoBoroughToEverySignedInUser() throws Exception {
        Document page = page();
        assertThat(page.select(".govuk-service-navigation__list a").eachText()).contains("Demo borough");
        assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Demo borough");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInRatherThanShownTheBorough() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/demo-borough")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in"));
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("joinery-borough-test-");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
