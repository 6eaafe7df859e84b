package org.joinery.linking.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Level;
import org.joinery.linkage.model.LevelKind;
import org.joinery.linkage.model.Model;

/**
 * A model drawn as bars, computed here so that the page's SVG needs no script and no inline style: for each
 * comparison, each level's m and u (0 to 1) and its match weight (a bar from zero, right for evidence for a
 * match and left against, on one scale for the whole model so comparisons can be compared).
 */
record ModelChart(List<ComparisonChart> comparisons, double prior, double priorWeight, double threshold, double scale) {

    /** Width in SVG units of a probability bar at 1, and of a weight bar at the largest weight of the model. */
    static final int PROBABILITY_WIDTH = 160;
    static final int WEIGHT_HALF = 200;
    static final int ROW = 28;

    record LevelBar(String label, String m, String u, String weight, int y, int mWidth, int uWidth, int weightX,
                    int weightWidth, boolean against, boolean isNull) {
    }

    record ComparisonChart(String name, String field, List<LevelBar> levels, int height) {
    }

    static ModelChart of(Model model) {
        double largest = 1;
        for (Comparison comparison : model.comparisons()) {
            for (Level level : comparison.levels()) {
                if (level.kind() != LevelKind.NULL && level.trained()) {
                    largest = Math.max(largest, Math.abs(level.weight()));
                }
            }
        }
        List<ComparisonChart> charts = new ArrayList<>();
        for (Comparison comparison : model.comparisons()) {
            List<LevelBar> bars = new ArrayList<>();
            int y = 0;
            for (Level level : comparison.levels()) {
                bars.add(bar(level, y, largest));
                y += ROW;
            }
            charts.add(new ComparisonChart(comparison.name(), comparison.field().jsonName(), bars, y));
        }
        return new ModelChart(charts, model.prior(), model.priorWeight(), model.threshold(), largest);
    }

    private static LevelBar bar(Level level, int y, double largest) {
        boolean isNull = level.kind() == LevelKind.NULL;
        if (isNull || !level.trained()) {
            return new LevelBar(level.label(), isNull ? "–" : "not trained", isNull ? "–" : "not trained", "0", y, 0, 0,
                    WEIGHT_HALF, 0, false, isNull);
        }
        double weight = level.weight();
        int width = (int) Math.round(Math.abs(weight) / largest * WEIGHT_HALF);
        return new LevelBar(level.label() + (level.termFrequency() ? " (term frequency)" : ""), number(level.m()),
                number(level.u()), String.format(Locale.ROOT, "%+.2f", weight), y,
                (int) Math.round(level.m() * PROBABILITY_WIDTH), (int) Math.round(level.u() * PROBABILITY_WIDTH),
                weight < 0 ? WEIGHT_HALF - width : WEIGHT_HALF, width, weight < 0, false);
    }

    private static String number(double probability) {
        return probability >= 0.001 ? String.format(Locale.ROOT, "%.4f", probability)
                : String.format(Locale.ROOT, "%.2e", probability);
    }

    public String priorText() {
        return String.format(Locale.ROOT, "%.3g (match weight %+.2f)", prior, priorWeight);
    }

    public String thresholdText() {
        return String.format(Locale.ROOT, "%.2f", threshold);
    }

    public String scaleText() {
        return String.format(Locale.ROOT, "%.1f", scale);
    }
}
