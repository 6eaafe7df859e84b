package org.joinery.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.joinery.access.Role;
import org.joinery.testing.ViewTestBase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HomeViewTest extends ViewTestBase {

    private Document home(Role... roles) throws Exception {
        return home(true, roles);
    }

    private Document home(boolean recordsLinked, Role... roles) throws Exception {
        return template("home").signedInAs(roles).with("roles", Arrays.stream(roles).sorted().toList())
                .with("recordsLinked", recordsLinked).render();
    }

    @Test
    void aPractitionersHomePromisesOnlyWhatJoineryDoesToday() throws Exception {
        for (Role role : Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER)) {
            String text = home(true, role).select("main").text();
            assertThat(text).as(role.name()).doesNotContainIgnoringCase("plan").doesNotContain("Until your organisation");
        }
    }

    @Test
    void theDemoBoroughIsOfferedUntilTheOrganisationsRecordsAreLinked() throws Exception {
        for (Role role : Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER)) {
            Document page = home(false, role);
            assertThat(page.select("#not-linked").text()).as(role.name())
                    .isEqualTo(message("home.notLinked") + " " + message("home.notLinked.link") + ".");
            assertThat(page.select("#not-linked a").attr("href")).isEqualTo("/demo-borough");
            assertThat(home(true, role).select("#not-linked")).as(role.name()).isEmpty();
        }
    }

    @Test
    void everyRoleHasItsOwnIntroduction() throws Exception {
        for (Role role : Role.values()) {
            Document page = home(role);
            assertThat(page.select("main h2").eachText()).as(role.name()).contains(message("role." + role.name()));
            assertThat(page.select("main").text()).as(role.name()).contains(message("home." + role.name() + ".intro"));
        }
    }

    @Test
    void anAdministratorsHomeLeadsToSourcesOrganisationsUsersAndTheAuditCheck() throws Exception {
        assertThat(home(Role.ADMINISTRATOR).select(".joinery-home-links a").eachAttr("href"))
                .containsExactly("/demo-borough", "/sources", "/admin/organisations", "/admin/users", "/admin/audit-check");
    }

    @Test
    void theHostOrganisationsAdministratorsHomeAlsoLeadsToLinkageAndClericalReview() throws Exception {
        Document page = template("home").signedInAtTheHostAs(Role.ADMINISTRATOR).with("roles", Set.of(Role.ADMINISTRATOR)).render();
        assertThat(page.select(".joinery-home-links a").eachAttr("href"))
                .containsExactly("/demo-borough", "/sources", "/linking", "/admin/organisations", "/admin/users", "/admin/audit-check",
                        "/review");
    }

    @Test
    void anInformationGovernanceOfficersHomeLeadsToTheAuditLogAgreementsAndInvolvements() throws Exception {
        Document page = home(Role.INFORMATION_GOVERNANCE_OFFICER);
        assertThat(page.select(".joinery-home-links a").eachAttr("href")).containsExactly("/demo-borough", "/audit", "/sharing/agreements",
                "/sharing/involvements");
        assertThat(page.select(".joinery-home-links").text()).contains(message("nav.audit.description"));
    }

    @Test
    void someoneWithTwoRolesSeesBothIntroductionsInRoleOrder() throws Exception {
        assertThat(home(Role.ADMINISTRATOR, Role.PRACTITIONER).select("main h2").eachText())
                .startsWith(message("role.PRACTITIONER"), message("role.ADMINISTRATOR"));
    }
}
