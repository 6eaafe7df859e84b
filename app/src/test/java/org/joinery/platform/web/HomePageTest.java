package org.joinery.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The home page over real HTTP: what it says depends on whether the organisation's records are linked. */
@IntegrationTest
class HomePageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void thePractitionersHomeOffersTheDemoBoroughOnlyWhileTheirOrganisationsRecordsAreNotLinked() {
        TestStaff staff = new TestStaff(jdbc, passwords);
        ResidentFixtures residents = new ResidentFixtures(jdbc);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        UUID linked = staff.organisation("Linked " + unique, "COUNCIL_SERVICE", false);
        UUID notYet = staff.organisation("Not linked " + unique, "COUNCIL_SERVICE", false);
        String linkedWorker = staff.user(linked, "home-linked-" + unique, "Lin Linked", Role.PRACTITIONER);
        String waitingWorker = staff.user(notYet, "home-waiting-" + unique, "Wai Waiting", Role.PRACTITIONER);
        UUID source = residents.source(linked, "home-" + unique, false);
        residents.person("H" + unique.substring(0, 7).toUpperCase(),
                List.of(residents.record(source, "A1", "Ada", "Lovelock", "1970-01-01", "RM10 9AP", null)));
        residents.batchLinked(source);
        // Records received but not linked yet do not count.
        residents.record(residents.source(notYet, "home-not-" + unique, false), "B1", "Bo", "Brook", "1971-01-01", "RM10 9AP",
                null);

        WebSession.Page linkedHome = WebSession.signedIn(port, linkedWorker).get("/");
        WebSession.Page waitingHome = WebSession.signedIn(port, waitingWorker).get("/");

        assertThat(linkedHome.status()).isEqualTo(200);
        assertThat(linkedHome.document().select("#not-linked")).isEmpty();
        assertThat(linkedHome.document().select("main").text()).doesNotContain("shared plan");
        assertThat(waitingHome.document().select("#not-linked").text()).contains("not linked yet").contains("demo borough");
    }
}
