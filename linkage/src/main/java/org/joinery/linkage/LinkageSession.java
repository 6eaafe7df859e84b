package org.joinery.linkage;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.evaluate.Evaluation;
import org.joinery.linkage.evaluate.TruthFile;
import org.joinery.linkage.explain.Waterfall;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.ModelJson;
import org.joinery.linkage.predict.Clusterer;
import org.joinery.linkage.predict.ScoredPairs;

/**
 * One use of the engine from the command line: sources loaded through their mappings, a model (the standard
 * one when none is given, trained when it is not yet), and the steps of the commands. It prints nothing: it
 * returns results and text, and the command line ({@code org.joinery.cli}) decides what to print where.
 */
public final class LinkageSession {

    private final Records records;
    private final Linkage linkage;
    private final Consumer<String> progress;
    private Model model;
    private boolean blockingChecked;

    private LinkageSession(Records records, Model model, Consumer<String> progress) {
        this.records = records;
        this.model = model;
        this.progress = progress;
        this.linkage = new Linkage(records, model, progress);
    }

    /**
     * @param modelFile a model to use, or null for the standard model of the mapped fields
     * @param threshold the match probability to link at, or null for the model's
     * @param maxPairsPerRule the cap on candidate pairs per blocking rule, or null for the model's
     */
    public static LinkageSession open(List<Path> mappings, Path modelFile, Double threshold, Long maxPairsPerRule,
                                      Consumer<String> progress) {
        return open(mappings, null, modelFile, threshold, maxPairsPerRule, progress);
    }

    /**
     * @param dataFolder the folder holding the sources' files, or null for beside each mapping file
     */
    public static LinkageSession open(List<Path> mappings, Path dataFolder, Path modelFile, Double threshold,
                                      Long maxPairsPerRule, Consumer<String> progress) {
        if (mappings.isEmpty()) {
            throw new LinkageException("give at least one source mapping (--source mapping.json)");
        }
        Records records = Linkage.load(mappings, dataFolder);
        Model model = modelFile == null ? Linkage.standardModel(records) : ModelJson.load(modelFile);
        if (threshold != null) {
            model = model.withThreshold(threshold);
        }
        if (maxPairsPerRule != null) {
            model = model.withMaxPairsPerRule(maxPairsPerRule);
        }
        LinkageSession session = new LinkageSession(records, model, progress);
        if (modelFile == null) {
            session.model = session.linkage.narrowBlocking(model);
        }
        return session;
    }

    /** Progress lines prefixed with the seconds since the start, for long runs, handed to {@code lines}. */
    public static Consumer<String> timed(Consumer<String> lines) {
        long start = System.nanoTime();
        return message -> lines.accept(String.format(Locale.ROOT, "[%7.2f s] %s", (System.nanoTime() - start) / 1e9, message));
    }

    public Records records() {
        return records;
    }

    public Linkage linkage() {
        return linkage;
    }

    /** Rows per source, and any unparseable dates: counted, with examples, kept as missing. */
    public String loadSummary() {
        StringBuilder text = new StringBuilder();
        for (Records.SourceInfo source : records.sources()) {
            text.append(String.format(Locale.ROOT, "source %s: %,d records%s", source.name(), source.rows(),
                    source.duplicateFree() ? " (duplicate-free)" : ""));
            if (source.unparseableDates() > 0) {
                text.append(String.format(Locale.ROOT, "; %,d dates of birth could not be read and are treated as missing "
                        + "(for example %s)", source.unparseableDates(), String.join(", ", source.dateExamples())));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    /** Candidate pairs per prediction rule; refuses any rule over the cap before anything is scored. */
    public String blockingAnalysis() {
        long[] counts = linkage.blockingAnalysis(model);
        StringBuilder text = new StringBuilder("candidate pairs per blocking rule (before removing pairs of earlier rules):"
                + System.lineSeparator());
        for (int r = 0; r < counts.length; r++) {
            text.append(String.format(Locale.ROOT, "  %-60s %,15d%n", model.predictionRules().get(r), counts[r]));
        }
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] > model.maxPairsPerRule()) {
                throw new LinkageException(String.format(Locale.ROOT, "blocking rule '%s' would generate %,d candidate "
                        + "pairs, more than the limit of %,d; make the rule stricter (add a field) or raise the limit "
                        + "(--max-pairs-per-rule)", model.predictionRules().get(r), counts[r], model.maxPairsPerRule()));
            }
        }
        blockingChecked = true;
        return text.toString();
    }

    /** The model, trained first (by EM, or from the truth when {@code supervised}) unless it already is. */
    public Model trainedModel(boolean supervised) {
        if (!model.trained() || supervised) {
            progress.accept(supervised ? "training the model from the truth (supervised)" : "training the model (EM)");
            model = supervised ? linkage.trainSupervised(model) : linkage.train(model);
        }
        return model;
    }

    /** A finished linkage: the trained model, the scored pairs kept and each record's person. */
    public record Linked(Model model, ScoredPairs pairs, int[] clusters) {
    }

    /**
     * Links end to end: refuses an oversized blocking rule (unless {@link #blockingAnalysis()} already has),
     * trains the model unless it is trained (from the truth when {@code supervised}), scores the candidate pairs
     * and clusters them.
     */
    public Linked link(boolean supervised, int maxWeakLinks) {
        if (!blockingChecked) {
            blockingAnalysis();
        }
        Model trained = trainedModel(supervised);
        ScoredPairs pairs = predict();
        return new Linked(trained, pairs, cluster(pairs, maxWeakLinks));
    }

    /**
     * Writes a linkage's {@code model.json}, {@code pairs.csv} and {@code clusters.csv} into the folder, each all
     * or nothing; returns what was done, in words.
     */
    public String write(Linked linked, Path out) {
        ModelJson.save(linked.model(), ensureFolder(out).resolve("model.json"));
        linkage.writePairs(linked.pairs(), linked.model().threshold(), out.resolve("pairs.csv"));
        linkage.writeClusters(linked.clusters(), out.resolve("clusters.csv"));
        long persons = java.util.Arrays.stream(linked.clusters()).distinct().count();
        return String.format(Locale.ROOT, "scored %,d candidate pairs; %,d records form %,d persons at match probability %.3f%n"
                + "wrote %s, %s and %s%n", linked.pairs().scored(), linked.clusters().length, persons,
                linked.model().threshold(), out.resolve("model.json"), out.resolve("pairs.csv"), out.resolve("clusters.csv"));
    }

    private static Path ensureFolder(Path folder) {
        try {
            return java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new LinkageException("could not create the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The waterfall of two records named {@code source:id}, as text or as JSON. */
    public String explainText(String left, String right, boolean json) {
        Waterfall waterfall = explain(left, right);
        if (!json) {
            return waterfall.toText();
        }
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();
        return mapper.writeValueAsString(waterfall.toJson(mapper)) + System.lineSeparator();
    }

    public ScoredPairs predict() {
        return linkage.predict(trainedModel(false));
    }

    public int[] cluster(ScoredPairs pairs, int maxWeakLinks) {
        return linkage.cluster(pairs, new Clusterer(model.threshold(), 0.99, maxWeakLinks));
    }

    public Evaluation.Report evaluate(ScoredPairs pairs, int[] clusters, Path truthFile, int worst) {
        return truthFile == null ? linkage.evaluate(pairs, clusters, model.threshold(), worst)
                : linkage.evaluate(pairs, clusters, model.threshold(), worst, TruthFile.read(truthFile, records));
    }

    /** The evaluation as text, the wrong pairs each with its waterfall. */
    public String evaluationText(Evaluation.Report report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "true pairs: %,d; threshold: match probability %.3f%n", report.truePairs(),
                report.threshold()));
        text.append(scores("pairwise (scored pairs)", report.pairwise()));
        text.append(scores("pairwise (clusters)", report.clusterPairwise()));
        text.append(String.format(Locale.ROOT, "%-26s precision %.4f  recall %.4f  F1 %.4f%n", "B-cubed (clusters)",
                report.bCubed().precision(), report.bCubed().recall(), report.bCubed().f1()));
        text.append("threshold sweep (pairwise, scored pairs):").append(System.lineSeparator());
        for (Evaluation.SweepRow row : report.sweep()) {
            text.append(scores(String.format(Locale.ROOT, "  at %.3f", row.threshold()), row.pairwise()));
        }
        if (!report.wrongPairs().isEmpty()) {
            text.append(System.lineSeparator()).append("wrong pairs, worst first:").append(System.lineSeparator());
            for (Evaluation.WrongPair wrong : report.wrongPairs()) {
                text.append(System.lineSeparator()).append(wrong.falseLink() ? "FALSE LINK: " : "MISSED LINK"
                        + (wrong.weight() == Double.NEGATIVE_INFINITY ? " (no blocking rule paired them): " : ": "));
                text.append(linkage.explain(model, wrong.left(), wrong.right()).toText());
            }
        }
        return text.toString();
    }

    private static String scores(String label, Evaluation.Scores scores) {
        return String.format(Locale.ROOT, "%-26s precision %.4f  recall %.4f  F1 %.4f  (TP %,d, FP %,d, FN %,d)%n", label,
                scores.precision(), scores.recall(), scores.f1(), scores.truePositives(), scores.falsePositives(),
                scores.falseNegatives());
    }

    /** The waterfall of two records named {@code source:id} (or just {@code id} when IDs are unique). */
    public Waterfall explain(String left, String right) {
        return linkage.explain(trainedModel(false), find(left), find(right));
    }

    private int find(String reference) {
        int colon = reference.indexOf(':');
        String source = colon < 0 ? null : reference.substring(0, colon);
        String id = colon < 0 ? reference : reference.substring(colon + 1);
        int record = records.find(source, id);
        if (record < 0) {
            throw new LinkageException("no record '" + reference + "' in the sources; name it as source:record_id");
        }
        return record;
    }
}
