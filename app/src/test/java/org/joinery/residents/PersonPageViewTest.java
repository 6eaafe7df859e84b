package org.joinery.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.joinery.access.Role;
import org.joinery.index.ScoredPair;
import org.joinery.linking.PairExplanation;
import org.joinery.linking.SideBySide;
import org.joinery.testing.ViewTestBase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The person page's template: the side-by-side table, notices, involvements, waterfalls and history. */
class PersonPageViewTest extends ViewTestBase {

    private static String[] fields(String forenames, String surname, String dateOfBirth) {
        String[] fields = new String[12];
        fields[0] = forenames;
        fields[1] = surname;
        fields[4] = dateOfBirth;
        return fields;
    }

    private static final SideBySide RECORDS = SideBySide.of(List.of(
            new SideBySide.Column("Eastbrook Housing", "Housing options cases", "H1", fields("Amy", "Smith", "1985-03-02")),
            new SideBySide.Column("Eastbrook Housing", "Tenancies", "T9", fields("AMY", "Smyth", "1985-03-02"))));

    private static final PairExplanation EXPLANATION = new PairExplanation("A", "B", 4, List.of(
            new PairExplanation.Bar("prior", "", "", "probability two random records match", -9.97, 0, -9.97, "prior", 200, 180, 0),
            new PairExplanation.Bar("surname", "Smith", "Smyth", "Jaro-Winkler >= 0.9", 4.1, 0, -5.87, "up", 300, 80, 28),
            new PairExplanation.Bar("total", "", "", "", -5.87, 0, -5.87, "total", 200, 100, 56)),
            380, -5.87, 0.0171, new ScoredPair(1, 2, -5.87, 0.0171));

    private Document render(PersonPage person) throws Exception {
        return template("residents/person").signedInAs(Role.PRACTITIONER).at("/residents/P1").with("person", person).render();
    }

    private static PersonPage person(SideBySide records, List<PersonPage.HeldElsewhere> elsewhere, List<PersonPage.Link> links) {
        return new PersonPage("P1", false, records, elsewhere,
                List.of(new PersonPage.Involved("Eastbrook Housing", "Housing options cases", "Duty desk", java.time.LocalDate.of(2025, 4, 1), true)), links,
                List.of(new PersonPage.HistoryEntry(LocalDate.of(2026, 11, 20), "CREATED", null, "First seen in the full run"),
                        new PersonPage.HistoryEntry(LocalDate.of(2026, 11, 21), "RECORD_ADDED", null, null)));
    }

    @Test
    void eachRecordIsAColumnHeadedByItsOrganisationAndSourceWithDifferingValuesMarkedInWordsToo() throws Exception {
        Document page = render(person(RECORDS, List.of(), List.of()));

        assertThat(page.title()).startsWith("Joinery ID P1");
        List<String> headings = page.select("table.joinery-side-by-side thead th").eachText();
        assertThat(headings).containsExactly("Detail", "Eastbrook Housing Housing options cases Record H1",
                "Eastbrook Housing Tenancies Record T9");
        Element surname = page.selectFirst("tr[data-field=surname]");
        assertThat(surname.selectFirst("th").text()).isEqualTo(message("person.field.surname"));
        assertThat(surname.select("mark").eachText()).containsExactly("Smith " + message("person.sideBySide.differs"),
                "Smyth " + message("person.sideBySide.differs"));
        assertThat(page.select("tr[data-field=forenames] mark")).isEmpty();
        assertThat(page.selectFirst("tr[data-field=date_of_birth]").select("td").eachText()).containsOnly("2 March 1985");
        assertThat(page.select("tr[data-field=postcode]")).as("fields no record holds are left out").isEmpty();
        assertThat(page.selectFirst("#details-csv").attr("href")).isEqualTo("/residents/P1/details.csv");
    }

    @Test
    void aRecordTheReaderMayNotSeeShowsOnlyWhoHoldsItAndWhomToContact() throws Exception {
        Document page = render(person(null, List.of(new PersonPage.HeldElsewhere("Eastbrook Probation", "Probation cases",
                "Duty desk 020 7946 0000")), List.of()));

        assertThat(page.selectFirst("#no-visible-records").text()).isEqualTo(message("person.details.none"));
        assertThat(page.select("#held-elsewhere li").eachText()).containsExactly(
                "Eastbrook Probation holds a record (Probation cases) \u2014 contact Duty desk 020 7946 0000");
        assertThat(page.select("#details-csv")).isEmpty();
    }

    @Test
    void whyTheRecordsWereLinkedIsAChartWithATextAlternativeAndATableOfEveryFigure() throws Exception {
        Document page = render(person(RECORDS, List.of(), List.of(new PersonPage.Link("Housing (H1)", "Tenancies (T9)", EXPLANATION))));

        Element waterfall = page.selectFirst("#waterfall-1");
        Element chart = waterfall.selectFirst("svg[role=img]");
        assertThat(chart.attr("aria-labelledby")).isEqualTo("waterfall-1-chart-title waterfall-1-chart-desc");
        assertThat(waterfall.getElementById("waterfall-1-chart-desc").text()).contains("-5.87", "1.7%");
        assertThat(chart.select("rect")).hasSize(3);
        assertThat(chart.select("rect").get(1).attr("class")).contains("joinery-waterfall__bar--up");
        assertThat(waterfall.select("tbody tr").get(1).select("th, td").eachText())
                .containsExactly("surname", "Smith and Smyth", "Jaro-Winkler >= 0.9", "4.10", "-5.87");
        assertThat(waterfall.select("tbody tr").get(0).selectFirst("th").text()).isEqualTo(message("person.waterfall.prior"));
        assertThat(waterfall.text()).contains("1.7%").contains("linkage model version 4").contains("(match weight -5.87)");
        assertThat(page.selectFirst(".govuk-details__summary-text").text()).isEqualTo("Housing (H1) and Tenancies (T9): 1.7%");
        assertThat(page.select("#history tbody tr").first().text()).contains("20 November 2026", "Created", "First seen");
        assertThat(page.select("#history tbody tr").get(1).text()).contains("Record added",
                message("person.history.reasonWithheld"));
    }

    @Test
    void withoutAnActiveModelThePageSaysSoInsteadOfDrawingAChart() throws Exception {
        PairExplanation none = new PairExplanation("A", "B", null, List.of(), 0, 3.2, 0.9, new ScoredPair(1, 2, 3.2, 0.9));
        Document page = render(person(RECORDS, List.of(), List.of(new PersonPage.Link("A", "B", none))));

        assertThat(page.selectFirst("#waterfall-1").text()).contains(message("person.waterfall.noModel"));
        assertThat(page.select("#waterfall-1 svg")).isEmpty();
    }
}
