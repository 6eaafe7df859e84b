package org.joinery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.joinery.testing.WebSession;
import org.joinery.organisations.OrganisationType;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import picocli.CommandLine;

/** The first administrator of a fresh database. A context of its own, so that there is no host organisation yet. */
@IntegrationTest
@TestPropertySource(properties = "joinery.test.context=create-admin")
@DirtiesContext
class CreateAdminCommandTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void onAFreshDatabaseItCreatesTheHostOrganisationAndAnAdministratorWhoCanSignIn() {
        assertThat(jdbc.queryForObject("select count(*) from organisation where host = true", Long.class)).isZero();

        int refused = create("Barking and Dagenham Council", OrganisationType.COUNCIL_SERVICE, "x", "short");
        assertThat(refused).isEqualTo(1);
        assertThat(text(err)).contains("Nothing was created").contains("--username: Enter a username of at least 3 characters")
                .contains("--password (JOINERY_ADMIN_PASSWORD): The password must be at least 12 characters");
        assertThat(jdbc.queryForObject("select count(*) from organisation", Long.class)).as("the organisation is rolled back too").isZero();

        int created = create("Barking and Dagenham Council", OrganisationType.COUNCIL_SERVICE, "admin", "a long first password");
        assertThat(created).isZero();
        assertThat(text(out)).contains("Created the host organisation Barking and Dagenham Council")
                .contains("Created administrator admin");
        assertThat(jdbc.queryForObject("select host from organisation where name = 'Barking and Dagenham Council'", Boolean.class)).isTrue();
        WebSession admin = new WebSession(port);
        assertThat(admin.signIn("admin", "a long first password").location()).endsWith("/");
        assertThat(admin.get("/admin/organisations/new").status()).as("a host administrator creates organisations").isEqualTo(200);

        int second = create(null, null, "second-admin", "another long password");
        assertThat(second).as("a second administrator joins the existing host").isZero();
        int wrongName = create("Some Other Council", OrganisationType.COUNCIL_SERVICE, "third-admin", "another long password");
        assertThat(wrongName).isEqualTo(2);
        assertThat(text(err)).contains("The host organisation is already \"Barking and Dagenham Council\"");
        assertThat(jdbc.queryForObject("select count(*) from organisation", Long.class)).isEqualTo(1L);
    }

    @Test
    void thePasswordCannotBeGivenOnTheCommandLine() {
        CommandLine createAdmin = new CommandLine(new JoineryCommand()).getSubcommands().get("users").getSubcommands().get("create-admin");
        assertThat(createAdmin.getCommandSpec().options()).extracting(option -> option.longestName())
                .contains("--username", "--display-name", "--organisation", "--type")
                .noneMatch(name -> name.contains("password"));
    }

    private int create(String organisation, OrganisationType type, String username, String password) {
        return UsersCommand.create(context, new UsersCommand.FirstAdministrator(organisation, type, username, "Service administrator",
                null, password), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
