package org.joinery.linkage.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joinery.linkage.compare.FeatureTable;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Level;
import org.joinery.linkage.predict.Scorer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Why a pair scored what it did: the prior, then per comparison the level reached, its m and u, its weight,
 * the term-frequency adjustment and the running total, ending in the match weight and probability.
 */
public record Waterfall(String left, String right, List<Step> steps, double matchWeight, double probability) {

    /** One bar of the waterfall. */
    public record Step(String comparison, String leftValue, String rightValue, String level, double m, double u,
                       double weight, double termFrequencyAdjustment, double cumulative) {
    }

    public static Waterfall of(Scorer scorer, FeatureTable table, int a, int b) {
        Records records = table.records();
        int[] levels = new int[scorer.comparisons()];
        scorer.levels(a, b, scorer.context(), levels);
        List<Step> steps = new ArrayList<>();
        double total = scorer.priorWeight();
        steps.add(new Step("prior", "", "", "probability two random records match", Double.NaN, Double.NaN,
                total, 0, total));
        for (int c = 0; c < levels.length; c++) {
            Comparison comparison = scorer.model().comparisons().get(c);
            Level level = comparison.scoredLevel(levels[c]);
            double weight = scorer.weight(c, levels[c]);
            double tf = scorer.termFrequencyAdjustment(c, levels[c], a, b);
            total += weight + tf;
            steps.add(new Step(comparison.name(), records.value(comparison.field(), a), records.value(comparison.field(), b),
                    level.label(), level.m(), level.u(), weight, tf, total));
        }
        return new Waterfall(records.describe(a), records.describe(b), steps, total, Scorer.probability(total));
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s and %s%n", left, right));
        text.append(String.format(Locale.ROOT, "%-18s %-22s %-22s %-30s %10s %10s %8s %8s %9s%n", "comparison", "left",
                "right", "level", "m", "u", "weight", "tf adj", "total"));
        for (Step step : steps) {
            text.append(String.format(Locale.ROOT, "%-18s %-22s %-22s %-30s %10s %10s %8.2f %8.2f %9.2f%n",
                    step.comparison(), shorten(step.leftValue()), shorten(step.rightValue()), step.level(),
                    number(step.m()), number(step.u()), step.weight(), step.termFrequencyAdjustment(), step.cumulative()));
        }
        text.append(String.format(Locale.ROOT, "match weight %.2f, match probability %.6f%n", matchWeight, probability));
        return text.toString();
    }

    public ObjectNode toJson(JsonMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("left", left);
        root.put("right", right);
        ArrayNode array = root.putArray("steps");
        for (Step step : steps) {
            ObjectNode node = array.addObject();
            node.put("comparison", step.comparison());
            node.put("leftValue", step.leftValue());
            node.put("rightValue", step.rightValue());
            node.put("level", step.level());
            if (!Double.isNaN(step.m())) {
                node.put("m", step.m());
                node.put("u", step.u());
            }
            node.put("weight", step.weight());
            node.put("termFrequencyAdjustment", step.termFrequencyAdjustment());
            node.put("cumulative", step.cumulative());
        }
        root.put("matchWeight", matchWeight);
        root.put("probability", probability);
        return root;
    }

    private static String shorten(String value) {
        if (value == null) {
            return "(missing)";
        }
        return value.length() > 22 ? value.substring(0, 21) + "…" : value;
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4g", value);
    }
}
