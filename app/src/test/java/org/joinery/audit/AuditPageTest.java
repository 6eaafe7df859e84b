package org.joinery.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.platform.web.CurrentUser;
import org.joinery.testing.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The audit page and the administrators' audit check, rendered by the real application against
 * a real database, signed in as a test principal.
 */
@IntegrationTest
class AuditPageTest {

    private static final UUID HOUSING = UUID.fromString("6f1c2d3e-0000-4000-8000-00000000e001");

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccessGate gate;

    @Autowired
    JdbcClient jdbc;

    private MockMvc mvc;
    private UUID housing;
    private Actor officer;

    record TestUser(Actor actor, String displayName, String organisationName) implements CurrentUser {
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        housing = HOUSING;
        if (jdbc.sql("select count(*) from organisation where id = ?").param(HOUSING).query(Long.class).single() == 0) {
            jdbc.sql("insert into organisation (id, name, type, host, created_at) values (?, ?, ?, ?, ?)")
                    .params(HOUSING, "Eastbrook Housing Options", "COUNCIL_SERVICE", false, OffsetDateTime.now()).update();
        }
        officer = AuditFixtures.actor("ig.officer", housing, Role.INFORMATION_GOVERNANCE_OFFICER);
    }

    private MockHttpServletRequestBuilder as(Actor actor, MockHttpServletRequestBuilder request) {
        var user = new TestUser(actor, "Test " + actor.username(), "Eastbrook Housing Options");
        var authorities = actor.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities)));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static List<Element> rows(Document page) {
        return page.select("table.govuk-table tbody tr");
    }

    private static String cell(Element row, int column) {
        return row.select("td").get(column).text();
    }

    @Test
    void anInformationGovernanceOfficerSeesWhoDidWhatOnBehalfOfWhomNewestFirst() throws Exception {
        Actor worker = AuditFixtures.actor("h.worker", housing, Role.PRACTITIONER);
        AuditFixtures.refused(gate, worker, "staff-1");
        AuditFixtures.allowed(gate, officer, "staff-2");

        Document page = page(as(officer, get("/audit")));

        List<Element> rows = rows(page);
        // The page view itself is the newest entry: reading the log is audited.
        assertThat(cell(rows.get(0), 2)).isEqualTo("ig.officer");
        assertThat(cell(rows.get(0), 7)).isEqualTo("Audit oversight");
        Element refusal = rows.get(2);
        assertThat(cell(refusal, 2)).isEqualTo("h.worker");
        assertThat(cell(refusal, 3)).isEqualTo("Eastbrook Housing Options");
        assertThat(cell(refusal, 4)).isEqualTo("Read");
        assertThat(cell(refusal, 5)).isEqualTo("Staff account");
        assertThat(cell(refusal, 6)).isEqualTo("staff-1");
        assertThat(cell(refusal, 7)).isEqualTo("Direct care");
        assertThat(cell(refusal, 8)).isEqualTo("Refused");
        assertThat(cell(refusal, 9)).startsWith("default-deny");
        assertThat(cell(rows.get(1), 8)).isEqualTo("Allowed");
        assertThat(cell(refusal, 1)).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{1,2}:\\d{2}:\\d{2}(am|pm)");
        long newest = Long.parseLong(cell(rows.get(0), 0));
        assertThat(rows).extracting(row -> Long.parseLong(cell(row, 0)))
                .startsWith(newest, newest - 1, newest - 2)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void anInformationGovernanceOfficerSeesTheirOrganisationsEntriesAndNotAnothers() throws Exception {
        UUID elsewhere = UUID.randomUUID();
        Actor ourWorker = AuditFixtures.actor("housing.worker", housing, Role.PRACTITIONER);
        Actor theirWorker = AuditFixtures.actor("other.worker", elsewhere, Role.PRACTITIONER);
        AuditFixtures.refused(gate, ourWorker, "ours-1");
        AuditFixtures.refused(gate, theirWorker, "theirs-1", elsewhere);
        AuditFixtures.refused(gate, theirWorker, "about-ours-1", housing);

        assertThat(page(as(officer, get("/audit"))).select("#audit-intro").text()).contains("your organisation");
        assertThat(rows(page(as(officer, get("/audit").param("username", "other.worker")))))
                .extracting(row -> cell(row, 6)).containsExactly("about-ours-1");
        assertThat(rows(page(as(officer, get("/audit").param("username", "housing.worker")))))
                .extracting(row -> cell(row, 6)).containsExactly("ours-1");
        // Asking about theirs-1 is itself listed: the officer's own look, and nothing of the other organisation's.
        assertThat(rows(page(as(officer, get("/audit").param("subject", "theirs-1")))))
                .extracting(row -> cell(row, 2)).containsExactly("ig.officer");
    }

    @Test
    void anInformationGovernanceOfficerOfTheHostOrganisationSeesEveryOrganisationsEntries() throws Exception {
        UUID elsewhere = UUID.randomUUID();
        Actor farWorker = AuditFixtures.actor("far.worker", elsewhere, Role.PRACTITIONER);
        AuditFixtures.refused(gate, farWorker, "far-1", elsewhere);
        AuditFixtures.refused(gate, AuditFixtures.actor("near.worker", housing, Role.PRACTITIONER), "near-1");
        Actor hostOfficer = AuditFixtures.hostActor("host.ig", UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);

        assertThat(page(as(hostOfficer, get("/audit"))).select("#audit-intro").text()).contains("every organisation in the partnership");
        assertThat(rows(page(as(hostOfficer, get("/audit").param("username", "far.worker")))))
                .extracting(row -> cell(row, 6)).containsExactly("far-1");
        assertThat(rows(page(as(hostOfficer, get("/audit").param("username", "near.worker")))))
                .extracting(row -> cell(row, 6)).containsExactly("near-1");
        assertThat(rows(page(as(officer, get("/audit").param("username", "far.worker"))))).isEmpty();
    }

    @Test
    void theLogIsShownFiftyEntriesAPageWithPaginationThatKeepsTheFilters() throws Exception {
        Actor pager = AuditFixtures.actor("pager", housing, Role.PRACTITIONER);
        for (int i = 0; i < 60; i++) {
            AuditFixtures.refused(gate, pager, "staff-" + i);
        }
        Document first = page(as(officer, get("/audit").param("username", "pager").param("outcome", "refused")));
        assertThat(rows(first)).hasSize(50);
        assertThat(first.select("#audit-count").text()).isEqualTo("60 entries match");
        assertThat(first.select(".govuk-pagination__next a").attr("href")).isEqualTo("/audit?username=pager&outcome=refused&page=2");
        assertThat(first.select(".govuk-pagination__item--current a").attr("aria-current")).isEqualTo("page");

        Document second = page(as(officer, get("/audit").param("username", "pager").param("outcome", "refused").param("page", "2")));
        assertThat(rows(second)).hasSize(10);
        assertThat(second.select(".govuk-pagination__prev a").attr("href")).isEqualTo("/audit?username=pager&outcome=refused&page=1");
        assertThat(second.select(".govuk-pagination__next")).isEmpty();
    }

    @Test
    void theLogCanBeFilteredByUsernameSubjectAndOutcome() throws Exception {
        Actor worker = AuditFixtures.actor("f.worker", housing, Role.PRACTITIONER);
        AuditFixtures.refused(gate, worker, "filter-1");
        AuditFixtures.refused(gate, worker, "filter-2");
        AuditFixtures.allowed(gate, officer, "filter-1");

        assertThat(rows(page(as(officer, get("/audit").param("username", "F.Worker")))))
                .allSatisfy(row -> assertThat(cell(row, 2)).isEqualTo("f.worker")).hasSize(2);
        // Viewing filter-1's entries is itself an access about filter-1, so it is listed too.
        assertThat(rows(page(as(officer, get("/audit").param("subject", "filter-1")))))
                .allSatisfy(row -> assertThat(cell(row, 6)).isEqualTo("filter-1"))
                .extracting(row -> cell(row, 2)).containsExactly("ig.officer", "ig.officer", "f.worker");
        assertThat(rows(page(as(officer, get("/audit").param("subject", "filter-1").param("outcome", "allowed")))))
                .allSatisfy(row -> assertThat(cell(row, 8)).isEqualTo("Allowed"))
                .extracting(row -> cell(row, 2)).doesNotContain("f.worker").isNotEmpty();
    }

    @Test
    void aFilterThatMakesNoSenseIsExplainedAndNothingIsListed() throws Exception {
        Document page = page(as(officer, get("/audit").param("outcome", "maybe").param("page", "two")));
        assertThat(page.title()).startsWith("Error: Audit log");
        assertThat(page.select(".govuk-error-summary__list a")).extracting(Element::text).containsExactly(
                "Select allowed and refused, allowed only or refused only", "Page must be a whole number, 1 or more");
        assertThat(page.select(".govuk-error-summary__list a").first().attr("href")).isEqualTo("#outcome");
        assertThat(page.select("#outcome-error").text()).contains("Select allowed and refused");
        assertThat(page.select("table.govuk-table")).isEmpty();
    }

    @Test
    void checkingTheLogShowsASuccessBannerWithTheLastFingerprint() throws Exception {
        AuditFixtures.allowed(gate, officer, "staff-1");
        MvcResult check = mvc.perform(as(officer, post("/audit/verify")).with(csrf())).andReturn();
        assertThat(check.getResponse().getRedirectedUrl()).isEqualTo("/audit");

        Document page = page(as(officer, get("/audit")).flashAttrs(check.getFlashMap()));
        Element banner = page.selectFirst(".govuk-notification-banner--success");
        assertThat(banner).isNotNull();
        assertThat(banner.attr("role")).isEqualTo("alert");
        assertThat(banner.text()).contains("The audit log has not been changed").containsPattern("All \\d+ entries were checked")
                .contains("fingerprint");
    }

    @Test
    @DirtiesContext
    void aChangedLogShowsAnImportantBannerNamingTheEntryAndWhatToDo() throws Exception {
        AuditFixtures.allowed(gate, officer, "staff-1");
        AuditFixtures.allowed(gate, officer, "staff-2");
        AuditFixtures.tamper(jdbc, "update audit_entry set subject_id = 'staff-3' where seq = 2");
        // Entry 1 may be from an earlier test in this context; entry 2 exists either way and is now changed.
        MvcResult check = mvc.perform(as(officer, post("/audit/verify")).with(csrf())).andReturn();

        Document page = page(as(officer, get("/audit")).flashAttrs(check.getFlashMap()));
        Element banner = page.selectFirst(".govuk-notification-banner");
        assertThat(banner.hasClass("govuk-notification-banner--success")).isFalse();
        assertThat(banner.select(".govuk-notification-banner__title").text()).isEqualTo("Important");
        assertThat(banner.select(".govuk-notification-banner__heading").text())
                .isEqualTo("The audit log has been changed at entry 2");
        assertThat(banner.text()).contains("Entry 2 has been changed since it was written")
                .contains("Entries before entry 2 can still be trusted").contains("data protection officer");
    }

    @Test
    void anAdministratorCanCheckTheLogAndSeesOnlyTheResult() throws Exception {
        Actor admin = AuditFixtures.actor("admin", housing, Role.ADMINISTRATOR);
        Document form = page(as(admin, get("/admin/audit-check")));
        assertThat(form.select("form[action=/admin/audit-check] button").text())
                .isEqualTo("Check the audit log has not been changed");
        assertThat(form.select("a[href=/admin/audit-check]")).isNotEmpty();

        MvcResult check = mvc.perform(as(admin, post("/admin/audit-check")).with(csrf())).andReturn();
        assertThat(check.getResponse().getRedirectedUrl()).isEqualTo("/admin/audit-check");
        Document result = page(as(admin, get("/admin/audit-check")).flashAttrs(check.getFlashMap()));
        assertThat(result.select(".govuk-notification-banner--success").text()).contains("The audit log has not been changed");
        assertThat(result.select("table")).isEmpty();
        assertThat(result.select("a[href=/audit]")).isEmpty();
    }

    @Test
    void anInformationGovernanceOfficerChecksTheLogFromTheAuditPageNotTheAdministratorsPage() throws Exception {
        assertThat(mvc.perform(as(officer, get("/admin/audit-check"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(page(as(officer, get("/audit"))).select("form[action=/audit/verify] button").text())
                .isEqualTo("Check the audit log has not been changed");
    }

    @Test
    void aPractitionerIsNotOfferedTheAuditCheck() throws Exception {
        Actor worker = AuditFixtures.actor("h.worker", housing, Role.PRACTITIONER);
        assertThat(mvc.perform(as(worker, get("/admin/audit-check"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
