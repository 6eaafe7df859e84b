package org.joinery.residents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.joinery.access.Role;
import org.joinery.index.ResidentIndex;
import org.joinery.linkage.live.FieldAgreement;
import org.joinery.linkage.live.Detail;
import org.joinery.linkage.live.FieldAgreement;
import org.joinery.linkage.model.PersonField;
import org.joinery.platform.web.FormErrors;
import org.joinery.residents.FindForm;
import org.joinery.residents.Identifier;
import org.joinery.testing.ViewTestBase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The find-a-resident page as it renders results, "no likely match" and errors. */
class FindViewTest extends ViewTestBase {

    private static Detail detail(PersonField field, FieldAgreement agreement) {
        return new Detail(field.jsonName(), field, null, "level", 1, 1.0, agreement);
    }

    private static ResidentIndex.Search search(List<ResidentIndex.PersonMatch> persons, boolean narrowed) {
        return new ResidentIndex.Search(persons, narrowed, true);
    }

    private Document render(FindForm form, FormErrors errors, ResidentIndex.Search search, Identifier identifier)
            throws Exception {
        Rendering rendering = template("residents/find").at("/find").signedInAs(Role.PRACTITIONER).with("form", form)
                .with("errors", errors);
        if (search != null) {
            rendering.with("search", search).with("rows", search.persons().stream().map(MatchRow::of).toList())
                    .with("identifier", identifier);
        }
        return rendering.render();
    }

    @Test
    void eachPersonShowsTheirJoineryIdProbabilityAndATagPerDetailGivenButNotTheDetailsNotGiven() throws Exception {
        ResidentIndex.PersonMatch match = new ResidentIndex.PersonMatch("J12345678", 9.0, 0.9982, List.of(
                detail(PersonField.FORENAMES, FieldAgreement.AGREED), detail(PersonField.SURNAME, FieldAgreement.PARTLY_AGREED),
                detail(PersonField.DATE_OF_BIRTH, FieldAgreement.DIFFERED), detail(PersonField.POSTCODE, FieldAgreement.NOT_HELD),
                detail(PersonField.NHS_NUMBER, FieldAgreement.NOT_GIVEN)));
        ResidentIndex.PersonMatch weaker = new ResidentIndex.PersonMatch("J87654321", 1.0, 0.6667, List.of(
                detail(PersonField.FORENAMES, FieldAgreement.AGREED)));

        Document page = render(new FindForm(), new FormErrors(), search(List.of(match, weaker), false),
                Identifier.parse("943 476 5919").orElseThrow());

        List<Element> rows = page.select("#matches tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).selectFirst("a").attr("href")).isEqualTo("/residents/J12345678");
        assertThat(rows.get(0).select("td").get(1).text()).isEqualTo("More than 99%");
        assertThat(rows.get(1).select("td").get(1).text()).isEqualTo("66%");
        assertThat(rows.get(0).select("li")).extracting(Element::text).containsExactly("First names Agreed",
                "Last name Partly agreed", "Date of birth Differed", "Postcode Not held");
        assertThat(rows.get(0).select(".govuk-tag--green")).hasSize(1);
        assertThat(page.select("#results-count").text()).isEqualTo("2 likely matches");
        assertThat(page.select("#identifier-used").text()).isEqualTo("Searched using the NHS number you gave.");
        assertThat(page.select("#no-match")).isEmpty();
    }

    @Test
    void noLikelyMatchSaysWhatToDoNextAndCarriesTheDetailsToCreateANewPerson() throws Exception {
        FindForm form = new FindForm();
        form.setForenames("Zebulon");
        form.setYear("1950");

        Document page = render(form, new FormErrors(), search(List.of(), true), null);

        Element panel = page.getElementById("no-match");
        assertThat(panel.select("h3").text()).isEqualTo("No likely match");
        assertThat(panel.text()).contains("Add a date of birth, a postcode or an identifier");
        Element create = panel.selectFirst("form");
        assertThat(create.attr("action")).isEqualTo("/find/new-person");
        assertThat(create.select("input[name=forenames]").val()).isEqualTo("Zebulon");
        assertThat(create.select("input[name=year]").val()).isEqualTo("1950");
        assertThat(create.select("input[name=_csrf]").val()).isEqualTo(CSRF_TOKEN);
    }

    @Test
    void errorsAreSummarisedAndShownBesideTheirFieldsWithTheTitlePrefixed() throws Exception {
        FormErrors errors = new FormErrors();
        FindForm form = new FindForm();
        form.setDay("31");
        form.setMonth("2");
        form.setYear("1990");
        form.check(errors, java.time.LocalDate.of(2026, 11, 26));

        Document page = render(form, errors, null, null);

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#dob-day");
        assertThat(page.select("#dob-day-error").text()).contains("Date of birth must be a real date");
        assertThat(page.select("#dob-day").hasClass("govuk-input--error")).isTrue();
        assertThat(page.select("#results")).isEmpty();
    }
}
