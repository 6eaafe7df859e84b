package org.joinery.linkage.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.data.SyntheticPeople;
import org.joinery.linkage.compare.PairContext;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.predict.Scorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LiveIndexTest {

    private static Records records;
    private static Model model;
    private static Scorer batch;

    @BeforeAll
    static void trainOnSyntheticPeople() {
        records = SyntheticPeople.generate(20_000, 7);
        Linkage linkage = new Linkage(records, Linkage.standardModel(records), message -> { });
        model = linkage.train(linkage.narrowBlocking(Linkage.standardModel(records)));
        batch = new Scorer(model, linkage.featureTable());
    }

    private static Map<PersonField, String> valuesOf(int record) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        records.values().forEach((field, column) -> {
            if (column[record] != null) {
                values.put(field, column[record]);
            }
        });
        return values;
    }

    private static Map<String, Integer> recordNumbers() {
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            numbers.put(records.describe(i), i);
        }
        return numbers;
    }

    @Test
    void aRecordSearchedForScoresAgainstEachCandidateExactlyWhatTheBatchScorerGivesThePair() {
        LiveIndex index = LiveIndex.build(records, model);
        Map<String, Integer> numbers = recordNumbers();
        PairContext context = new PairContext(batch.comparisons());
        int compared = 0;
        for (int a = 0; a < records.size(); a += 97) {
            for (Candidate candidate : index.search(valuesOf(a), 10).candidates()) {
                int b = numbers.get(candidate.source() + ":" + candidate.recordId());
                assertThat(candidate.matchWeight()).as("%s and %s", records.describe(a), records.describe(b))
                        .isEqualTo(batch.score(Math.min(a, b), Math.max(a, b), context));
                double detailSum = candidate.details().stream().mapToDouble(Detail::weight).sum() + model.priorWeight();
                assertThat(detailSum).isCloseTo(candidate.matchWeight(), org.assertj.core.data.Offset.offset(1e-9));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void aRecordSearchedForWithAllItsDetailsComesFirstWithEveryGivenDetailAgreed() {
        LiveIndex index = LiveIndex.build(records, model);

        SearchResult result = index.search(valuesOf(123), 5);

        // another source may hold the very same details: then the two tie
        Candidate best = result.candidates().get(0);
        assertThat(result.candidates()).filteredOn(c -> c.matchWeight() == best.matchWeight())
                .extracting(c -> c.source() + ":" + c.recordId()).contains(records.describe(123));
        assertThat(best.matchProbability()).isGreaterThan(0.99);
        assertThat(best.details()).allMatch(d -> d.agreement() == FieldAgreement.AGREED || d.agreement() == FieldAgreement.NOT_GIVEN);
    }

    @Test
    void aQueryNoRecordResemblesFindsNothing() {
        LiveIndex index = LiveIndex.build(records, model);

        SearchResult result = index.search(Map.of(PersonField.FORENAMES, "Zebedee", PersonField.SURNAME, "Quxworthy",
                PersonField.DATE_OF_BIRTH, "1851-02-03", PersonField.POSTCODE, "ZZ9 9ZZ"), 5);

        assertThat(result.candidates()).isEmpty();
        assertThat(result.scored()).isZero();
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertThat(LiveIndex.build(records, model).search(Map.of(), 5).isEmpty()).isTrue();
    }

    @Test
    void anIdentifierAloneFindsItsRecord() {
        int withNhs = 0;
        while (records.value(PersonField.NHS_NUMBER, withNhs) == null) {
            withNhs++;
        }
        LiveIndex index = LiveIndex.build(records, model);

        SearchResult result = index.search(Map.of(PersonField.NHS_NUMBER, records.value(PersonField.NHS_NUMBER, withNhs)), 3);

        assertThat(result.candidates()).extracting(c -> c.source() + ":" + c.recordId()).contains(records.describe(withNhs));
        Candidate found = result.candidates().get(0);
        assertThat(found.details()).filteredOn(d -> d.field() == PersonField.NHS_NUMBER)
                .extracting(Detail::agreement).containsExactly(FieldAgreement.AGREED);
        assertThat(found.details()).filteredOn(d -> d.field() == PersonField.SURNAME)
                .extracting(Detail::agreement).containsExactly(FieldAgreement.NOT_GIVEN);
    }

    @Test
    void aNicknameAndASurnameTypoStillFindTheRecordAndSaySoDetailByDetail() {
        LiveIndex index = LiveIndex.build(records, model);
        index.put("front door", "fd-1", Map.of(PersonField.FORENAMES, "Robert", PersonField.SURNAME, "Oakenshield",
                PersonField.DATE_OF_BIRTH, "1980-05-17", PersonField.POSTCODE, "RM10 9AP"));

        SearchResult result = index.search(Map.of(PersonField.FORENAMES, "Bob", PersonField.SURNAME, "Oakenshiled",
                PersonField.DATE_OF_BIRTH, "1980-05-17"), 3);

        Candidate best = result.candidates().get(0);
        assertThat(best.recordId()).isEqualTo("fd-1");
        Map<PersonField, FieldAgreement> agreements = new EnumMap<>(PersonField.class);
        best.details().forEach(d -> agreements.put(d.field(), d.agreement()));
        assertThat(agreements).containsEntry(PersonField.FORENAMES, FieldAgreement.PARTLY_AGREED)
                .containsEntry(PersonField.SURNAME, FieldAgreement.PARTLY_AGREED)
                .containsEntry(PersonField.DATE_OF_BIRTH, FieldAgreement.AGREED)
                .containsEntry(PersonField.POSTCODE, FieldAgreement.NOT_GIVEN);
        assertThat(best.details()).filteredOn(d -> d.field() == PersonField.FORENAMES)
                .extracting(Detail::level).containsExactly("nickname");
    }

    @Test
    void theRecordsOfAnExcludedSourceTakeNoPartInASearch() {
        LiveIndex index = LiveIndex.build(records, model);
        Map<PersonField, String> resident = Map.of(PersonField.FORENAMES, "Marigold", PersonField.SURNAME, "Featherstonehaugh",
                PersonField.DATE_OF_BIRTH, "1969-09-09", PersonField.POSTCODE, "RM8 3XX");
        index.put("refuge", "r-1", resident);
        index.put("housing", "h-1", Map.of(PersonField.FORENAMES, "Marigold", PersonField.SURNAME, "Featherstonehaugh",
                PersonField.DATE_OF_BIRTH, "1969-09-09", PersonField.POSTCODE, "IG11 8AA"));

        List<Candidate> everyone = index.search(resident, 3).candidates();
        List<Candidate> withoutTheRefuge = index.search(resident, 3, Set.of("refuge")).candidates();

        assertThat(everyone.get(0).recordId()).isEqualTo("r-1");
        assertThat(withoutTheRefuge).extracting(Candidate::source).doesNotContain("refuge");
        assertThat(withoutTheRefuge.get(0).recordId()).isEqualTo("h-1");
        assertThat(withoutTheRefuge.get(0).details()).filteredOn(d -> d.field() == PersonField.POSTCODE)
                .extracting(Detail::agreement).doesNotContain(FieldAgreement.AGREED);
        assertThat(index.search(resident, 3, Set.of("refuge", "housing")).candidates())
                .extracting(Candidate::recordId).doesNotContain("r-1", "h-1");
    }

    @Test
    void aRecordPutReplacedAndRemovedIsFoundAsItNowIsAndThenNotAtAll() {
        LiveIndex index = LiveIndex.build(records, model);
        int before = index.size();
        Map<PersonField, String> query = Map.of(PersonField.NI_NUMBER, "QQ123456C");

        index.put("front door", "fd-2", Map.of(PersonField.SURNAME, "Pemberton", PersonField.NI_NUMBER, "QQ123456C"));
        assertThat(index.size()).isEqualTo(before + 1);
        assertThat(index.search(query, 3).candidates()).extracting(Candidate::recordId).containsExactly("fd-2");

        index.put("front door", "fd-2", Map.of(PersonField.SURNAME, "Pemberton", PersonField.NI_NUMBER, "QQ654321C"));
        assertThat(index.size()).isEqualTo(before + 1);
        assertThat(index.search(query, 3).isEmpty()).isTrue();
        assertThat(index.candidates(Map.of(PersonField.NI_NUMBER, "QQ654321C"), 3)).extracting(Candidate::recordId)
                .containsExactly("fd-2");

        assertThat(index.remove("front door", "fd-2")).isTrue();
        assertThat(index.remove("front door", "fd-2")).isFalse();
        assertThat(index.size()).isEqualTo(before);
        assertThat(index.search(Map.of(PersonField.NI_NUMBER, "QQ654321C"), 3).isEmpty()).isTrue();
    }

    @Test
    void aRecordAddedLaterScoresWhatItWouldInAFreshIndexOfTheSameRecords() {
        LiveIndex grown = LiveIndex.build(records, model);
        Map<PersonField, String> values = valuesOf(500);
        grown.remove(records.sources().get(records.source()[500]).name(), records.recordId()[500]);
        grown.put("front door", "again", values);
        LiveIndex fresh = LiveIndex.build(records, model);

        List<Candidate> fromGrown = grown.search(values, 5).candidates();
        List<Candidate> fromFresh = fresh.search(values, 5).candidates();

        assertThat(fromGrown).extracting(Candidate::matchWeight).containsExactlyElementsOf(
                fromFresh.stream().map(Candidate::matchWeight).toList());
    }

    @Test
    void aNameMatchingMoreRecordsThanTheCapScoresNoMoreThanTheCapAndSaysTheSearchWasNarrowed() {
        LiveIndex index = LiveIndex.build(records, model, 20);
        // the most common surname and its year of birth are shared by many records
        SearchResult result = index.search(Map.of(PersonField.SURNAME, records.value(PersonField.SURNAME, 0),
                PersonField.FORENAMES, records.value(PersonField.FORENAMES, 0)), 5);

        assertThat(result.scored()).isLessThanOrEqualTo(20);
    }

    /** As an EM-trained model may: postcode agreeing with the address differing is set at the floor. */
    private static Model withPostcodeAloneAtTheFloor() {
        return model.withComparisons(model.comparisons().stream().map(c -> c.otherField() == null ? c
                : c.withLevels(c.levels().stream().map(l -> l.kind() == org.joinery.linkage.model.LevelKind.NORMALISED_EXACT
                        ? l.withProbabilities(1e-9, l.u()) : l).toList())).toList());
    }

    @Test
    void typingTheResidentsOwnPostcodeWithoutTheAddressNeverLowersTheirScore() {
        Model floored = withPostcodeAloneAtTheFloor();
        assertThat(floored.comparisons()).anyMatch(c -> c.otherField() == PersonField.ADDRESS);
        LiveIndex index = LiveIndex.build(records, floored);
        Map<PersonField, String> rory = Map.of(PersonField.FORENAMES, "Rory", PersonField.SURNAME, "Wiliamsonne",
                PersonField.DATE_OF_BIRTH, "1980-02-17", PersonField.POSTCODE, "IG11 0DN",
                PersonField.ADDRESS, "38 River Road");
        index.put("revenues", "rw-1", rory);
        index.put("revenues", "rw-2", Map.of(PersonField.FORENAMES, "Amy", PersonField.SURNAME, "Pond",
                PersonField.DATE_OF_BIRTH, "1988-07-01", PersonField.POSTCODE, "IG11 0DN", PersonField.ADDRESS, "40 River Road"));

        Candidate byNameAndBirth = best(index, Map.of(PersonField.FORENAMES, "Rory", PersonField.SURNAME, "Wiliamsonne",
                PersonField.DATE_OF_BIRTH, "1980-02-17"));
        Candidate withPostcode = best(index, Map.of(PersonField.FORENAMES, "Rory", PersonField.SURNAME, "Wiliamsonne",
                PersonField.DATE_OF_BIRTH, "1980-02-17", PersonField.POSTCODE, "IG11 0DN"));
        Candidate bySurnameAndPostcode = best(index, Map.of(PersonField.SURNAME, "Wiliamsonne", PersonField.POSTCODE, "IG11 0DN"));

        assertThat(withPostcode.recordId()).isEqualTo("rw-1");
        assertThat(withPostcode.matchWeight()).isGreaterThan(byNameAndBirth.matchWeight());
        assertThat(bySurnameAndPostcode.recordId()).isEqualTo("rw-1");
        Detail home = bySurnameAndPostcode.details().stream().filter(d -> d.field() == PersonField.POSTCODE).findFirst().orElseThrow();
        assertThat(home.agreement()).isEqualTo(FieldAgreement.AGREED);
        assertThat(home.level()).isEqualTo("exactOtherUnknown");
        assertThat(home.weight()).isPositive();
    }

    private static Candidate best(LiveIndex index, Map<PersonField, String> query) {
        return index.search(query, 3).candidates().get(0);
    }
}
