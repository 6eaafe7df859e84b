package org.joinery.linking;

import java.util.List;
import org.joinery.index.ScoredPair;

/**
 * Why two records scored what they did, for people: the waterfall of the active model (prior, then each
 * comparison's level and match weight, the running total, the match probability), drawn as bars, ending at the
 * score the latest linkage run stored: {@link #matchWeight()} and {@link #probability()} are the one figure every
 * part of a page states for the pair.
 *
 * @param modelVersion the active model's version, or null when there is no trained active model (then no steps)
 * @param zeroX        where weight zero (even odds against the prior) is drawn, for the axis
 * @param stored       the pair as the latest run scored it, or null when the run kept no score for it
 */
public record PairExplanation(String leftLabel, String rightLabel, Integer modelVersion, List<Bar> bars, int zeroX,
                              double matchWeight, double probability, ScoredPair stored) {

    /** The comparison name of the last step, which brings the total to the run's stored score. */
    public static final String ADJUSTMENT = "adjustment";

    /** Width and height of the chart's drawing, in its own units. */
    public static final int CHART_WIDTH = 640;
    public static final int BAR_HEIGHT = 28;
    public static final int LABEL_WIDTH = 200;

    /**
     * One step of the waterfall and where its bar is drawn: from the total before it to the total after it.
     *
     * @param kind "prior", "up", "down" or "total", for the bar's colour
     */
    public record Bar(String comparison, String leftValue, String rightValue, String level, double weight,
                      double termFrequencyAdjustment, double cumulative, String kind, int x, int width, int y) {

        /** The same bar with its values as people read them (dates the British way); a missing value stays missing. */
        public Bar shownAs(org.joinery.linkage.model.PersonField field) {
            return new Bar(comparison, leftValue == null ? null : SideBySide.shown(field, leftValue),
                    rightValue == null ? null : SideBySide.shown(field, rightValue), level, weight, termFrequencyAdjustment,
                    cumulative, kind, x, width, y);
        }
    }

    public boolean hasModel() {
        return modelVersion != null;
    }

    /** The SVG viewBox: the whole drawing. */
    public String viewBox() {
        return "0 0 " + CHART_WIDTH + " " + chartHeight();
    }

    public int chartHeight() {
        return BAR_HEIGHT * bars.size() + 30;
    }
}
