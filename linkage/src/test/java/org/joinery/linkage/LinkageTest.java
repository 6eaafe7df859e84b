package org.joinery.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.BlockingRule;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.PersonField;
import org.junit.jupiter.api.Test;

class LinkageTest {

    /** 2,000 records all called Mo, with four surnames, born over ninety-nine years, at twenty postcodes. */
    private static Records commonNames() {
        int n = 2000;
        Map<PersonField, String[]> values = new EnumMap<>(PersonField.class);
        String[] forenames = new String[n];
        String[] surnames = new String[n];
        String[] dates = new String[n];
        String[] postcodes = new String[n];
        for (int i = 0; i < n; i++) {
            forenames[i] = "Mo";
            surnames[i] = new String[] {"Khan", "Ali", "Shah", "Begum"}[i % 4];
            dates[i] = String.format("%04d-%02d-%02d", 1920 + i % 99, 1 + i % 12, 1 + i % 28);
            postcodes[i] = "RM10 " + (i % 20) + "AA";
        }
        values.put(PersonField.FORENAMES, forenames);
        values.put(PersonField.SURNAME, surnames);
        values.put(PersonField.DATE_OF_BIRTH, dates);
        values.put(PersonField.POSTCODE, postcodes);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.valueOf(i));
        }
        return new Records(List.of(new Records.SourceInfo("s", false, n, 0, List.of())), new int[n],
                ids.toArray(String[]::new), null, values);
    }

    @Test
    void aBlockingRuleGivingTooManyCandidatePairsIsNarrowedByYearOfBirthAndTheChangeIsReported() {
        Records records = commonNames();
        Model standard = Linkage.standardModel(records);
        List<String> messages = new ArrayList<>();
        Linkage linkage = new Linkage(records, standard, messages::add);

        Model narrowed = linkage.narrowBlocking(standard);

        assertThat(standard.predictionRules()).contains(BlockingRule.parse("forenames & surname"));
        assertThat(narrowed.predictionRules()).doesNotContain(BlockingRule.parse("forenames & surname"))
                .contains(BlockingRule.parse("forenames & surname & year(date_of_birth)"));
        assertThat(java.util.Arrays.stream(linkage.blockingAnalysis(narrowed)).max().orElseThrow())
                .isLessThanOrEqualTo(Linkage.PAIRS_PER_RECORD * 2000L);
        assertThat(messages).anyMatch(m -> m.startsWith("blocking rule 'forenames & surname' would give 499,000 candidate pairs; using "
                + "'forenames & surname & year(date_of_birth)'"));
    }

    @Test
    void scoringOnlyThePairsOfNewRecordsGivesExactlyThosePairsOfAFullPredictionWithTheSameWeights() {
        Records records = org.joinery.linkage.data.SyntheticPeople.generate(5_000, 3);
        Linkage linkage = new Linkage(records, Linkage.standardModel(records), message -> { });
        Model model = linkage.train(Linkage.standardModel(records));
        boolean[] added = new boolean[records.size()];
        for (int i = 0; i < records.size(); i += 50) {
            added[i] = true;
        }

        org.joinery.linkage.predict.ScoredPairs all = linkage.predict(model);
        org.joinery.linkage.predict.ScoredPairs touching = linkage.predictTouching(model, added, KEEP);

        List<String> expected = new ArrayList<>();
        for (int p = 0; p < all.size(); p++) {
            if (added[all.left(p)] || added[all.right(p)]) {
                expected.add(all.left(p) + "-" + all.right(p) + ":" + all.weight(p));
            }
        }
        List<String> actual = new ArrayList<>();
        for (int p = 0; p < touching.size(); p++) {
            actual.add(touching.left(p) + "-" + touching.right(p) + ":" + touching.weight(p));
        }
        assertThat(actual).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    private static final double KEEP = Linkage.KEEP_WEIGHT;
}
