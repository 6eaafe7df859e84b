package org.joinery.linking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinery.access.Role;
import org.joinery.index.ScoredPair;
import org.joinery.linking.PairExplanation;
import org.joinery.linking.PairKey;
import org.joinery.linking.PairPage;
import org.joinery.linking.QueuedPair;
import org.joinery.linking.ReviewBand;
import org.joinery.linking.ReviewDecision;
import org.joinery.linking.ReviewedPair;
import org.joinery.linking.SideBySide;
import org.joinery.platform.web.FormErrors;
import org.joinery.platform.web.Pagination;
import org.joinery.testing.ViewTestBase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The clerical review templates: the queue and the pair page with its decision form. */
class ReviewPagesViewTest extends ViewTestBase {

    private static final ScoredPair PAIR = new ScoredPair(7, 9, 0.8, 0.64);

    private PairPage pairPage(ReviewedPair decided) {
        String[] left = new String[12];
        String[] right = new String[12];
        left[1] = "Smith";
        right[1] = "Smyth";
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("SURNAME", "Smith");
        return new PairPage(PAIR, PairKey.of("housing", "H1", "health", "M1"),
                SideBySide.of(List.of(new SideBySide.Column("Housing", "Cases", "H1", left),
                        new SideBySide.Column("Health", "Patients", "M1", right))),
                List.of(new PairPage.AsReceived("Housing, Cases (H1)", raw), new PairPage.AsReceived("Health, Patients (M1)", raw)),
                new PairExplanation("a", "b", null, List.of(), 0, Double.NaN, Double.NaN, PAIR), decided);
    }

    private Document pair(PairPage page, DecisionForm form, FormErrors errors) throws Exception {
        return template("review/pair").signedInAtTheHostAs(Role.ADMINISTRATOR).at("/review/7-9").with("page", page)
                .with("form", form).with("errors", errors).with("decisions", ReviewDecision.values()).render();
    }

    @Test
    void theQueueListsEachPairWithItsScoreAndALinkNamingBothRecords() throws Exception {
        QueuedPair queued = new QueuedPair(PAIR, new QueuedPair.RecordName("housing", "H1"), new QueuedPair.RecordName("health", "M1"));
        Document page = template("review/queue").signedInAtTheHostAs(Role.ADMINISTRATOR).at("/review")
                .with("band", new ReviewBand(0.5, 0.95)).with("total", 1).with("pairs", List.of(queued))
                .with("pagination", Pagination.of(1, 1, 25, n -> "/review?page=" + n)).render();

        assertThat(page.selectFirst("tr[data-pair=7-9]").select("td").eachText())
                .containsExactly("housing: H1", "health: M1", "64.0%", "0.80", "Review housing: H1 and health: M1");
        assertThat(page.selectFirst("tr[data-pair=7-9] a").attr("href")).isEqualTo("/review/7-9");
        assertThat(page.selectFirst("#review-count").text()).isEqualTo("1 pair is waiting for a decision.");
        assertThat(page.select(".govuk-service-navigation__item--active a").attr("href")).isEqualTo("/review");
    }

    @Test
    void aLongQueueIsPagedWithTheSharedPaginationComponent() throws Exception {
        Document page = template("review/queue").signedInAtTheHostAs(Role.ADMINISTRATOR).at("/review")
                .with("band", new ReviewBand(0.5, 0.95)).with("total", 60).with("pairs", List.of())
                .with("pagination", Pagination.of(2, 60, 25, n -> "/review?page=" + n)).render();

        assertThat(page.selectFirst("nav.govuk-pagination").attr("aria-label")).isEqualTo("Pages of the review queue");
        assertThat(page.select(".govuk-pagination__prev a").attr("href")).isEqualTo("/review?page=1");
        assertThat(page.select(".govuk-pagination__next a").attr("href")).isEqualTo("/review?page=3");
        assertThat(page.select(".govuk-pagination__item--current a").attr("aria-label")).isEqualTo("Page 2");
    }

    @Test
    void thePairPageAsksForOneOfThreeDecisionsAndAnOptionalNote() throws Exception {
        Document page = pair(pairPage(null), new DecisionForm(null, null), new FormErrors());

        assertThat(page.select("input[name=decision]").eachAttr("value")).containsExactly("SAME_PERSON", "DIFFERENT_PEOPLE", "CANNOT_TELL");
        assertThat(page.select("label.govuk-radios__label").eachText()).containsExactly("Same person", "Different people", "Cannot tell");
        assertThat(page.selectFirst("input[name=decision]").id()).isEqualTo("decision");
        assertThat(page.selectFirst("form[action=/review/7-9] input[name=_csrf]").val()).isEqualTo(CSRF_TOKEN);
        assertThat(page.select("#review-decided")).isEmpty();
        assertThat(page.select("tr[data-field=surname] mark")).hasSize(2);
    }

    @Test
    void aPairAlreadyDecidedSaysWhoDecidedWhatAndWhen() throws Exception {
        ReviewedPair decided = new ReviewedPair(PairKey.of("housing", "H1", "health", "M1"), ReviewDecision.SAME_PERSON,
                "Same NHS number", "data.lead", Instant.parse("2026-11-25T12:00:00Z"));
        Document page = pair(pairPage(decided), new DecisionForm("SAME_PERSON", "Same NHS number"), new FormErrors());

        assertThat(page.selectFirst("#review-decided").text())
                .isEqualTo("Already decided: Same person, by data.lead on 25 November 2026. Note: Same NHS number");
        assertThat(page.selectFirst("input[value=SAME_PERSON]").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("#note").text()).isEqualTo("Same NHS number");
    }

    @Test
    void aMissingDecisionIsAnErrorLinkedToTheFirstOption() throws Exception {
        Document page = pair(pairPage(null), new DecisionForm(null, null),
                new FormErrors().reject("decision", "review.decision.missing"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.selectFirst(".govuk-error-summary a").attr("href")).isEqualTo("#decision");
        assertThat(page.selectFirst("#decision-error").text()).contains(message("review.decision.missing"));
        assertThat(page.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("decision-error");
    }

    @Test
    void pairKeysAreTheSameWhicheverWayRoundTheRecordsCome() {
        assertThat(PairKey.of("housing", "H1", "health", "M1")).isEqualTo(PairKey.of("health", "M1", "housing", "H1"))
                .isEqualTo(new PairKey("health", "M1", "housing", "H1"));
    }
}
