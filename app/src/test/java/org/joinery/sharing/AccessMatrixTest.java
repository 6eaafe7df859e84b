package org.joinery.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRefused;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.platform.web.CurrentUser;
import org.joinery.testing.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The access rule as a table (access-matrix.csv): role x involvement x agreement x category x
 * sensitive, through the real access gate against the real database (H2, and PostgreSQL in the
 * build's second run). Each case checks the decision, that the audit log recorded it under the
 * named rule, and that every surface showing that category shows the holder's data exactly when allowed.
 *
 * <p>To cover a new page, API or export, add a {@link Surface} to {@link #SURFACES}: its URL for a
 * scenario and the marker of the holder's data on it (for example the holder's record's surname,
 * {@link SharingScenario#holderSurname()}, on the person page).
 */
@IntegrationTest
class AccessMatrixTest {

    static final List<Surface> SURFACES = List.of(
            new Surface("who is involved with a person", DataCategory.INVOLVEMENT, Purpose.DIRECT_CARE,
                    s -> "/residents/" + s.joineryId() + "/involvements", SharingScenario::holderName),
            new Surface("the organisation's involvements", DataCategory.INVOLVEMENT, Purpose.INFORMATION_GOVERNANCE,
                    s -> "/sharing/involvements", s -> s.holderInvolvementId().toString()),
            new Surface("the person page", DataCategory.IDENTITY, Purpose.DIRECT_CARE,
                    s -> "/residents/" + s.joineryId(), SharingScenario::holderSurname),
            new Surface("the person's details as CSV", DataCategory.IDENTITY, Purpose.DIRECT_CARE,
                    s -> "/residents/" + s.joineryId() + "/details.csv", SharingScenario::holderSurname),
            // Text derived from the holder's records: the history's reasons name them, the explanations compare them.
            new Surface("the person's history", DataCategory.IDENTITY, Purpose.DIRECT_CARE,
                    s -> "/residents/" + s.joineryId(), SharingScenario::holderRecordName, "#history"),
            new Surface("the person's merge reasons", DataCategory.IDENTITY, Purpose.DIRECT_CARE,
                    s -> "/residents/" + s.joineryId(), SharingScenario::mergeMarker, "#history"),
            new Surface("why the person's records were linked", DataCategory.IDENTITY, Purpose.DIRECT_CARE,
                    s -> "/residents/" + s.joineryId(), s -> "(" + s.holderRecordKey() + ")", ".govuk-details")
    );

    @Autowired
    AccessGate gate;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;
    private UUID author;

    record TestUser(Actor actor, String displayName, String organisationName) implements CurrentUser {
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        author = SharingTestData.anAuthor(jdbc);
    }

    @ParameterizedTest(name = "[{index}] {0}, A''s involvement {1}, agreement {2}, {3} for {4}, sensitive {5}: {6} by {7}")
    @CsvFileSource(resources = "access-matrix.csv", numLinesToSkip = 1)
    void theAccessRuleDecidesEveryCaseAndTheAuditLogNamesTheRule(Role role, String involvement, String agreement,
            DataCategory category, Purpose purpose, boolean sensitive, String outcome, String rule, boolean seesHolder)
            throws Exception {
        SharingScenario scenario = SharingScenario.build(jdbc, author, role, involvement, agreement, sensitive);
        DataRef data = category == DataCategory.IDENTITY
                ? DataRef.subject(DataCategory.IDENTITY, scenario.joineryId(), scenario.b())
                : category == DataCategory.INVOLVEMENT
                ? new DataRef(DataCategory.INVOLVEMENT, scenario.joineryId(), null,
                        purpose == Purpose.INFORMATION_GOVERNANCE ? scenario.actor().organisationId() : null)
                : DataRef.subject(category, scenario.joineryId(), null);

        if (outcome.equals("allowed")) {
            assertThat(gate.authorise(scenario.actor(), Action.READ, data, purpose).decision().rule()).isEqualTo(rule);
        } else {
            assertThatThrownBy(() -> gate.authorise(scenario.actor(), Action.READ, data, purpose))
                    .isInstanceOfSatisfying(AccessRefused.class, refused -> {
                        assertThat(refused.rule()).isEqualTo(rule);
                        assertThat(refused.reason()).isNotBlank();
                    });
        }
        Map<String, Object> entry = jdbc.queryForMap("select rule, allowed, reason from audit_entry where actor_username = ?"
                + " and subject_id = ? and category = ? order by seq desc limit 1", scenario.actor().username(),
                scenario.joineryId(), category.name());
        assertThat(entry.get("rule")).isEqualTo(rule);
        assertThat(entry.get("allowed")).isEqualTo(outcome.equals("allowed"));
        assertThat((String) entry.get("reason")).isNotBlank().satisfies(reason -> {
            switch (rule) {
                // The reason names the agreement and the involvement that allowed it.
                case "identity-shared-under-agreement" -> assertThat(reason).contains("'Test agreement'")
                        .contains("involved with this person since");
                case "identity-consent-not-recorded" -> assertThat(reason).contains("consent").contains("later");
                // A refusal about a sensitive involvement must not give the sensitivity away.
                case "identity-sensitive-involvement" -> assertThat(reason).doesNotContainIgnoringCase("sensitive");
                default -> { }
            }
        });

        for (Surface surface : SURFACES) {
            if (surface.category() == category && surface.purpose() == purpose) {
                assertThat(visible(scenario, surface)).as(surface.name()).isEqualTo(seesHolder);
            }
        }
    }

    /** Whether the surface, fetched as the scenario's actor, shows the holder's marker; a refusal shows nothing. */
    private boolean visible(SharingScenario scenario, Surface surface) throws Exception {
        Actor actor = scenario.actor();
        var user = new TestUser(actor, "Test " + actor.username(), "Organisation");
        var authorities = actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        MvcResult result = mvc.perform(get(surface.url().apply(scenario))
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities)))).andReturn();
        int status = result.getResponse().getStatus();
        assertThat(status).as(surface.name() + " answers 200 or 403, not " + status).isIn(200, 403);
        if (status != 200) {
            return false;
        }
        String body = result.getResponse().getContentAsString();
        String shown = surface.section() == null ? body : Jsoup.parse(body).select(surface.section()).outerHtml();
        return shown.contains(surface.marker().apply(scenario));
    }
}
