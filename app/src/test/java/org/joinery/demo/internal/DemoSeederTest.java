package org.joinery.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(properties = {
        "joinery.demo.enabled=true",
        "JOINERY_DEMO_PASSWORD=" + DemoSeederTest.PASSWORD,
        "joinery.borough.residents=300"})
class DemoSeederTest {

    static final String PASSWORD = "demo-password-for-tests";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoBoroughHasEveryOrganisationOfThePartnershipWithTheCouncilAsHost() {
        List<String> names = jdbc.queryForList("select name from organisation order by name", String.class);
        assertThat(names).hasSize(DemoBorough.ORGANISATIONS.size())
                .contains("Eastbrook Council", "Riverside Recovery Service", "Eastbrook Probation Delivery Unit",
                        "Eastbrook Police Borough Command", "Thames Gateway Mental Health NHS Trust",
                        "Safe Harbour Domestic Abuse Service", "Pathways Employment Support",
                        "Neighbours Together Participation Programme", "Thames Community Foundation", "Joining Up Partnership");
        assertThat(jdbc.queryForList("select name from organisation where host", String.class)).containsExactly("Eastbrook Council");
        assertThat(jdbc.queryForList("select name from team t where exists (select 1 from organisation o where o.id = t.organisation_id and o.host)",
                String.class)).containsExactlyInAnyOrder("Housing options", "Revenues and benefits", "Adult social care", "Community hub");
    }

    @Test
    void everyRoleHasADemoUserInTheCouncil() {
        for (Role role : Role.values()) {
            assertThat(jdbc.queryForObject("select count(*) from app_user u join app_user_role r on r.user_id = u.id "
                    + "where r.role = ? and u.username like 'council.%'", Long.class, role.name())).as(role.name()).isEqualTo(1L);
        }
    }

    @Test
    void aDemoPractitionerSignsInWithTheDemoPassword() {
        WebSession session = new WebSession(port);
        assertThat(session.signIn("council.practitioner", PASSWORD).location()).doesNotContain("error");
        assertThat(session.get("/").document().select("h1").text()).isNotBlank();
    }

    @Test
    void seedingTheDemoIsAuditedAsTheDemoSeedProcess() {
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = 'system:demo-seed' and allowed",
                Long.class)).isGreaterThanOrEqualTo(jdbc.queryForObject("select count(*) from app_user", Long.class));
    }

    @Test
    void everyDemoExtractIsImportedThroughTheImportPathAndLinkedIntoPersons() {
        assertThat(jdbc.queryForObject("select count(*) from source", Long.class)).isEqualTo(8L);
        assertThat(jdbc.queryForObject("select count(*) from import_batch", Long.class)).isEqualTo(8L);
        long records = jdbc.queryForObject("select count(*) from source_record where not withdrawn", Long.class);
        assertThat(records).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from person_record", Long.class)).isEqualTo(records);
        assertThat(jdbc.queryForObject("select count(*) from person where retired_at is null", Long.class))
                .isPositive().isLessThanOrEqualTo(records);
    }

    @Test
    void involvementsFollowFromOpenRecordsAndTheRefugesAreSensitive() {
        assertThat(jdbc.queryForObject("select count(*) from involvement where source_id is not null", Long.class)).isPositive();
        assertThat(jdbc.queryForList("select distinct i.sensitive from involvement i join source s on s.id = i.source_id"
                + " where s.name = 'domestic-abuse-service'", Boolean.class)).containsOnly(true);
    }

    @Test
    void thePartnershipsAgreementsAreRecordedIncludingAConsentBasedAndAnEndedOne() {
        assertThat(jdbc.queryForObject("select count(*) from sharing_agreement", Long.class))
                .isEqualTo((long) DemoResidentIndex.AGREEMENTS.size());
        assertThat(jdbc.queryForObject("select count(*) from sharing_agreement where lawful_basis = 'CONSENT'", Long.class)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from sharing_agreement where ends_on is not null", Long.class)).isEqualTo(1L);
    }

    @Test
    void aCouncilPractitionerSeesTheDetailsOfAPersonTheCouncilHolds() {
        String joineryId = jdbc.queryForObject("""
                select p.joinery_id from person p join person_record pr on pr.person_id = p.id
                join source_record r on r.id = pr.source_record_id join source s on s.id = r.source_id
                where s.name = 'housing-options' and r.surname is not null order by p.joinery_id limit 1""", String.class);
        String surname = jdbc.queryForObject("""
                select r.surname from person p join person_record pr on pr.person_id = p.id
                join source_record r on r.id = pr.source_record_id join source s on s.id = r.source_id
                where s.name = 'housing-options' and p.joinery_id = ? limit 1""", String.class, joineryId);
        WebSession session = new WebSession(port);
        session.signIn("council.practitioner", PASSWORD);

        WebSession.Page page = session.get("/residents/" + joineryId);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().text()).contains(joineryId).contains(surname);
    }
}
