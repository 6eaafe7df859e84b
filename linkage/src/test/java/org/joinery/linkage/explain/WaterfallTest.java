package org.joinery.linkage.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.joinery.linkage.Fixtures;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.data.SyntheticPeople;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Level;
import org.joinery.linkage.model.LevelKind;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.predict.Scorer;
import org.joinery.linkage.predict.ScoredPairs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class WaterfallTest {

    @Test
    void theWaterfallOfAPairAddsUpToTheMatchWeightThePredictionGaveIt() {
        Records records = Linkage.load(Fixtures.febrl4());
        Model settings = Linkage.standardModel(records);
        Linkage linkage = new Linkage(records, settings, message -> { });
        Model model = linkage.train(settings);
        ScoredPairs pairs = linkage.predict(model);
        int a = records.find("febrl4a", "rec-1070-org");
        int b = records.find("febrl4b", "rec-1070-dup-0");
        int pair = -1;
        for (int p = 0; p < pairs.size(); p++) {
            if (pairs.left(p) == Math.min(a, b) && pairs.right(p) == Math.max(a, b)) {
                pair = p;
            }
        }

        Waterfall waterfall = linkage.explain(model, Math.min(a, b), Math.max(a, b));

        assertThat(pair).isNotNegative();
        assertThat(waterfall.matchWeight()).isCloseTo(pairs.weight(pair), within(1e-3));
        double sum = waterfall.steps().stream().mapToDouble(s -> s.weight() + s.termFrequencyAdjustment()).sum();
        assertThat(sum).isCloseTo(waterfall.matchWeight(), within(1e-9));
        assertThat(waterfall.steps()).hasSize(model.comparisons().size() + 1);
        assertThat(waterfall.toText()).contains("forenames", "michaela", "match probability");
        ObjectNode json = waterfall.toJson(JsonMapper.builder().build());
        assertThat(json.get("steps").size()).isEqualTo(model.comparisons().size() + 1);
        assertThat(json.get("steps").get(1).get("level").asString()).isNotEmpty();
    }

    @Test
    void aPostcodeAgreeingWhereOneRecordHasNoAddressIsExplainedAsTheSumOfThePostcodeAgreeingLevels() {
        Records records = SyntheticPeople.generate(20_000, 7);
        Linkage linkage = new Linkage(records, Linkage.standardModel(records), message -> { });
        Model model = linkage.train(linkage.narrowBlocking(Linkage.standardModel(records)));
        java.util.Map<String, Integer> withAddress = new java.util.HashMap<>();
        java.util.Map<String, Integer> without = new java.util.HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String postcode = records.value(PersonField.POSTCODE, i);
            if (postcode != null) {
                (records.value(PersonField.ADDRESS, i) == null ? without : withAddress).putIfAbsent(postcode, i);
            }
        }
        String shared = without.keySet().stream().filter(withAddress::containsKey).findFirst().orElseThrow();
        int a = Math.min(without.get(shared), withAddress.get(shared));
        int b = Math.max(without.get(shared), withAddress.get(shared));

        Waterfall waterfall = linkage.explain(model, a, b);

        Comparison home = model.comparisons().stream().filter(c -> c.otherField() == PersonField.ADDRESS).findFirst().orElseThrow();
        double m = home.levels().stream().filter(l -> l.kind() == LevelKind.EXACT_AND_OTHER_EXACT
                || l.kind() == LevelKind.EXACT_AND_OTHER_NUMBERS || l.kind() == LevelKind.NORMALISED_EXACT).mapToDouble(Level::m).sum();
        Waterfall.Step step = waterfall.steps().stream().filter(s -> s.comparison().equals(home.name())).findFirst().orElseThrow();
        assertThat(step.level()).isEqualTo("exactOtherUnknown");
        assertThat(step.m()).isCloseTo(m, within(1e-12));
        assertThat(step.weight()).isPositive();
        Scorer scorer = new Scorer(model, linkage.featureTable());
        assertThat(waterfall.matchWeight()).isCloseTo(scorer.score(a, b, scorer.context()), within(1e-9));
    }
}
