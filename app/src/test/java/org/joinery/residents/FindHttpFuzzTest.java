package org.joinery.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.joinery.testing.fuzz.Fuzz;
import org.joinery.testing.fuzz.Gen;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The front door over real HTTP with generated forms (searches, and new persons with generated reasons): never a
 * server error; every page is results, "no likely match", or a GOV.UK error summary linking to each field at fault.
 */
@IntegrationTest
class FindHttpFuzzTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    @DisplayName("generated front-door forms posted over HTTP give results or a GOV.UK error per field, never a server error (300 cases)")
    void formsOverHttp() {
        TestStaff staff = new TestStaff(jdbc, passwords);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        UUID organisation = staff.organisation("Fuzzed Front Door " + unique, "COUNCIL_SERVICE", false);
        WebSession session = WebSession.signedIn(port, staff.user(organisation, "fuzz-practitioner-" + unique, "Pat", Role.PRACTITIONER));
        String token = session.csrfToken("/find");
        Fuzz.forAll("front-door forms over HTTP", 300, random -> {
            List<Map.Entry<String, String>> fields = new ArrayList<>(FormCase.generate(random).fields());
            String path = "/find";
            if (Gen.chance(random, 0.15)) {
                path = "/find/new-person";
                fields.add(Map.entry("confirm", Gen.oneOf(random, "true", "false", "maybe")));
                fields.add(Map.entry("reason", Gen.oneOf(random, "Came to the housing desk today", Gen.text(random, 100),
                        "x".repeat(1_001), "Homeless\u0000", "")));
            }
            fields.add(0, Map.entry("path", path));
            return fields;
        }, org.joinery.testing.fuzz.Shrink.fields(), fields -> {
            String path = fields.get(0).getValue();
            List<Map.Entry<String, String>> form = new ArrayList<>(fields.subList(1, fields.size()));
            form.add(Map.entry("_csrf", token));
            WebSession.Page page = session.post(path, form);
            assertThat(page.status()).as("status").isIn(200, 302, 400);
            if (page.status() == 302) {
                assertThat(page.location()).contains("/find/new-person/registered");
                return;
            }
            if (page.status() == 400) {
                // Only a value Spring cannot bind (confirm=maybe) is refused before the form is read.
                assertThat(fields).anyMatch(f -> f.getKey().equals("confirm") && f.getValue().equals("maybe"));
                return;
            }
            Element summary = page.document().selectFirst(".govuk-error-summary");
            if (summary != null) {
                assertThat(summary.select("a")).as("error links").isNotEmpty().allSatisfy(link -> {
                    String target = link.attr("href").replaceFirst("^#", "");
                    assertThat(FindFormFuzzTest.FIELDS.contains(target) || target.equals("reason")).as(target).isTrue();
                    assertThat(link.text()).isNotBlank();
                });
            } else {
                assertThat(page.document().select("h1, h2").eachText()).as("headings")
                        .anyMatch(h -> h.matches(".*(Results|No likely match|Create a new person|Find a resident).*"));
            }
        });
    }
}
