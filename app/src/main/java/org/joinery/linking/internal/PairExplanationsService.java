package org.joinery.linking.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joinery.index.ActiveModel;
import org.joinery.index.ScoredPair;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.explain.Waterfall;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Level;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.ModelJson;
import org.joinery.linkage.model.PersonField;
import org.joinery.linking.PairExplanation;
import org.joinery.linking.PairExplanations;
import org.springframework.stereotype.Service;

/** Explains a pair of records with the engine and the active model as the model store holds it. */
@Service
class PairExplanationsService implements PairExplanations {

    private final ModelStore models;
    /**
     * The active model as last parsed: a version's JSON never changes once stored, so a person page with many
     * links reads only which version is active, not the model, for each (it parsed the JSON once per link).
     */
    private volatile ActiveModel parsed;

    PairExplanationsService(ModelStore models) {
        this.models = models;
    }

    private record ActiveModel(int version, Model model) {
    }

    @Override
    public PairExplanation explain(String leftLabel, String[] left, String rightLabel, String[] right, ScoredPair stored) {
        Optional<ActiveModel> active = active();
        if (active.isEmpty()) {
            return withoutModel(leftLabel, rightLabel, stored);
        }
        Model model = active.get().model();
        if (!model.trained()) {
            return withoutModel(leftLabel, rightLabel, stored);
        }
        Waterfall waterfall = endingAtTheRunsScore(new Linkage(twoRecords(left, right), model, message -> { })
                .explain(model, 0, 1), stored);
        Scale scale = Scale.of(waterfall);
        Map<String, PersonField> fields = new java.util.HashMap<>();
        model.comparisons().forEach(comparison -> fields.put(comparison.name(), comparison.field()));
        List<PairExplanation.Bar> bars = bars(waterfall, scale).stream()
                .map(bar -> fields.containsKey(bar.comparison()) ? bar.shownAs(fields.get(bar.comparison())) : bar).toList();
        return new PairExplanation(leftLabel, rightLabel, active.get().version(), bars, scale.x(0),
                waterfall.matchWeight(), waterfall.probability(), stored);
    }

    /** No waterfall to show: the pair's figure is the run's, when it kept one. */
    private static PairExplanation withoutModel(String leftLabel, String rightLabel, ScoredPair stored) {
        return new PairExplanation(leftLabel, rightLabel, null, List.of(), 0, stored == null ? Double.NaN : stored.matchWeight(),
                stored == null ? Double.NaN : stored.probability(), stored);
    }

    /**
     * The page states one match weight for a pair, the run's: the waterfall, weighed again without term
     * frequencies and from the records as they are now, ends with a step that makes up the difference, so its
     * total, its caption and the stored score are one figure. Without a stored score the waterfall is its own.
     */
    static Waterfall endingAtTheRunsScore(Waterfall waterfall, ScoredPair stored) {
        if (stored == null) {
            return waterfall;
        }
        List<Waterfall.Step> steps = new ArrayList<>(waterfall.steps());
        double difference = stored.matchWeight() - waterfall.matchWeight();
        if (Math.abs(difference) >= 0.005) {
            steps.add(new Waterfall.Step(PairExplanation.ADJUSTMENT, null, null, "", Double.NaN, Double.NaN, difference, 0,
                    stored.matchWeight()));
        }
        return new Waterfall(waterfall.left(), waterfall.right(), List.copyOf(steps), stored.matchWeight(),
                stored.probability());
    }

    private Optional<ActiveModel> active() {
        Optional<Integer> version = models.activeVersion();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        ActiveModel last = parsed;
        if (last == null || last.version() != version.get()) {
            String json = models.modelJson(version.get());
            last = new ActiveModel(version.get(), withoutTermFrequencies(ModelJson.read(json, "linkage model version "
                    + version.get())));
            parsed = last;
        }
        return Optional.of(last);
    }

    private static Model withoutTermFrequencies(Model model) {
        List<Comparison> comparisons = model.comparisons().stream().map(c -> c.withLevels(c.levels().stream()
                .map(l -> new Level(l.kind(), l.parameter(), false, l.m(), l.u())).toList())).toList();
        return model.withComparisons(comparisons);
    }

    private static Records twoRecords(String[] left, String[] right) {
        Map<PersonField, String[]> values = new EnumMap<>(PersonField.class);
        for (PersonField field : PersonField.values()) {
            values.put(field, new String[] {clean(left[field.ordinal()]), clean(right[field.ordinal()])});
        }
        List<Records.SourceInfo> sources = List.of(new Records.SourceInfo("left", false, 1, 0, List.of()),
                new Records.SourceInfo("right", false, 1, 0, List.of()));
        return new Records(sources, new int[] {0, 1}, new String[] {"left", "right"}, null, values);
    }

    /** The engine's records are trimmed and null when empty. */
    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One scale of match weight for every bar, from the lowest running total (or zero) to the highest. */
    record Scale(double low, double unit) {

        static Scale of(Waterfall waterfall) {
            double low = 0;
            double high = 0;
            for (Waterfall.Step step : waterfall.steps()) {
                double before = step.cumulative() - step.weight() - step.termFrequencyAdjustment();
                low = Math.min(low, Math.min(step.cumulative(), before));
                high = Math.max(high, Math.max(step.cumulative(), before));
            }
            return new Scale(low, (PairExplanation.CHART_WIDTH - PairExplanation.LABEL_WIDTH - 10) / Math.max(high - low, 1));
        }

        int x(double weight) {
            return PairExplanation.LABEL_WIDTH + (int) Math.round((weight - low) * unit);
        }
    }

    /** Each step's bar runs from the total before it to the total after it; the prior starts at zero; the last bar is the total. */
    static List<PairExplanation.Bar> bars(Waterfall waterfall, Scale scale) {
        List<Waterfall.Step> steps = waterfall.steps();
        List<PairExplanation.Bar> bars = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Waterfall.Step step = steps.get(i);
            double change = step.weight() + step.termFrequencyAdjustment();
            String kind = i == 0 ? "prior" : change >= 0 ? "up" : "down";
            bars.add(bar(step, kind, step.cumulative() - change, step.cumulative(), scale, i));
        }
        double total = waterfall.matchWeight();
        bars.add(bar(new Waterfall.Step("total", "", "", "", Double.NaN, Double.NaN, total, 0, total), "total", 0, total,
                scale, steps.size()));
        return List.copyOf(bars);
    }

    private static PairExplanation.Bar bar(Waterfall.Step step, String kind, double from, double to, Scale scale, int index) {
        int x = scale.x(Math.min(from, to));
        int width = Math.max(2, scale.x(Math.max(from, to)) - x);
        return new PairExplanation.Bar(step.comparison(), step.leftValue(), step.rightValue(), step.level(), step.weight(),
                step.termFrequencyAdjustment(), step.cumulative(), kind, x, width, index * PairExplanation.BAR_HEIGHT);
    }
}
