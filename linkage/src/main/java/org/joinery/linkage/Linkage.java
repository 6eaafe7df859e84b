package org.joinery.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.joinery.linkage.compare.FeatureTable;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.data.SourceLoader;
import org.joinery.linkage.evaluate.Evaluation;
import org.joinery.linkage.explain.Waterfall;
import org.joinery.linkage.model.BlockingRule;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.model.SourceMapping;
import org.joinery.linkage.model.StandardModel;
import org.joinery.linkage.predict.Blocker;
import org.joinery.linkage.predict.Clusterer;
import org.joinery.linkage.predict.Guards;
import org.joinery.linkage.predict.Predictor;
import org.joinery.linkage.predict.ScoredPairs;
import org.joinery.linkage.predict.Scorer;
import org.joinery.linkage.train.Trainer;

/**
 * The linkage engine's front door: records of one or more sources, and a model, in; a trained model, scored
 * pairs, persons (clusters), explanations and evaluations out.
 */
public final class Linkage {

    /** Pairs scoring below this weight (match probability about 0.001) are counted but not kept. */
    public static final double KEEP_WEIGHT = -10;

    private final Records records;
    private final FeatureTable table;
    private final Consumer<String> progress;

    public Linkage(Records records, Model model, Consumer<String> progress) {
        this.records = records;
        this.progress = progress;
        this.table = FeatureTable.build(records, fieldsUsed(model));
        checkFields(model);
    }

    public static Records load(List<Path> mappingFiles) {
        return load(mappingFiles, null);
    }

    /** Loads sources whose files are in {@code dataFolder} (null: beside each mapping file). */
    public static Records load(List<Path> mappingFiles, Path dataFolder) {
        return SourceLoader.load(mappingFiles.stream().map(m -> SourceMapping.load(m, dataFolder)).toList());
    }

    public static Model standardModel(Records records) {
        return StandardModel.forRecords(records);
    }

    public Records records() {
        return records;
    }

    public static Set<PersonField> fieldsUsed(Model model) {
        Set<PersonField> fields = EnumSet.noneOf(PersonField.class);
        for (Comparison comparison : model.comparisons()) {
            fields.add(comparison.field());
            comparison.secondFields().forEach(fields::add);
        }
        for (List<BlockingRule> rules : List.of(model.predictionRules(), model.trainingRules(), model.deterministicRules())) {
            rules.forEach(rule -> rule.keys().forEach(key -> fields.add(key.field())));
        }
        return fields;
    }

    /** Fails before any work when the model names a field no source maps. */
    private void checkFields(Model model) {
        for (Comparison comparison : model.comparisons()) {
            table.column(comparison.field(), "comparison '" + comparison.name() + "'");
        }
        for (List<BlockingRule> rules : List.of(model.predictionRules(), model.trainingRules(), model.deterministicRules())) {
            rules.forEach(rule -> rule.keys().forEach(key -> table.column(key.field(), "blocking rule '" + rule + "'")));
        }
    }

    public Model train(Model settings) {
        return new Trainer(settings, table, progress).train(settings);
    }

    /** Trains with m from the pairs the truth says are the same person. */
    public Model trainSupervised(Model settings) {
        return new Trainer(settings, table, progress).train(settings, truthPairs());
    }

    /** Trains with m from the given pairs of records known to be the same person (review decisions, say). */
    public Model trainSupervised(Model settings, int[][] samePerson) {
        return new Trainer(settings, table, progress).train(settings, samePerson);
    }

    private int[][] truthPairs() {
        String[] truth = records.truth();
        if (truth == null) {
            throw new LinkageException("supervised training needs the truth: map a truth column in the sources");
        }
        java.util.Map<String, List<Integer>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] != null) {
                groups.computeIfAbsent(truth[i], k -> new java.util.ArrayList<>()).add(i);
            }
        }
        List<int[]> pairs = new java.util.ArrayList<>();
        for (List<Integer> group : groups.values()) {
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    int a = group.get(x);
                    int b = group.get(y);
                    if (records.source()[a] != records.source()[b] || !records.sources().get(records.source()[a]).duplicateFree()) {
                        pairs.add(new int[] {a, b});
                    }
                }
            }
        }
        return pairs.toArray(int[][]::new);
    }

    /** A prediction rule may give at most this many candidate pairs per record before it is narrowed. */
    public static final int PAIRS_PER_RECORD = 5;

    /**
     * Narrows every prediction rule that would give more than {@value #PAIRS_PER_RECORD} candidate pairs per
     * record (common names in a large population) by adding year of birth, or failing that an initial or the
     * postcode district, and says so; a rule that cannot be narrowed enough is left out, with a message.
     */
    public Model narrowBlocking(Model model) {
        long budget = (long) PAIRS_PER_RECORD * Math.max(records.size(), 1000);
        List<BlockingRule> rules = new java.util.ArrayList<>();
        for (BlockingRule rule : model.predictionRules()) {
            BlockingRule current = rule;
            long pairs = new Blocker(table, List.of(current)).candidatePairs()[0];
            while (current != null && pairs > budget) {
                BlockingRule narrower = narrower(current);
                progress.accept(String.format(Locale.ROOT, "blocking rule '%s' would give %,d candidate pairs; %s", current,
                        pairs, narrower == null ? "left out" : "using '" + narrower + "'"));
                current = narrower;
                pairs = current == null ? 0 : new Blocker(table, List.of(current)).candidatePairs()[0];
            }
            if (current != null && !rules.contains(current)) {
                rules.add(current);
            }
        }
        return new Model(model.prior(), model.comparisons(), rules, model.trainingRules(), model.deterministicRules(),
                model.recall(), model.maxPairsPerRule(), model.threshold(), model.seed());
    }

    private BlockingRule narrower(BlockingRule rule) {
        List<org.joinery.linkage.model.BlockingKey> extra = List.of(
                new org.joinery.linkage.model.BlockingKey(PersonField.DATE_OF_BIRTH, org.joinery.linkage.model.KeyFunction.YEAR),
                new org.joinery.linkage.model.BlockingKey(PersonField.FORENAMES, org.joinery.linkage.model.KeyFunction.INITIAL),
                new org.joinery.linkage.model.BlockingKey(PersonField.SURNAME, org.joinery.linkage.model.KeyFunction.INITIAL),
                new org.joinery.linkage.model.BlockingKey(PersonField.POSTCODE, org.joinery.linkage.model.KeyFunction.DISTRICT));
        for (org.joinery.linkage.model.BlockingKey key : extra) {
            if (table.has(key.field()) && !rule.uses(key.field())) {
                List<org.joinery.linkage.model.BlockingKey> keys = new java.util.ArrayList<>(rule.keys());
                keys.add(key);
                return new BlockingRule(keys);
            }
        }
        return null;
    }

    public FeatureTable featureTable() {
        return table;
    }

    /** Candidate pairs per prediction rule, before scoring anything. */
    public long[] blockingAnalysis(Model model) {
        return new Blocker(table, model.predictionRules()).candidatePairs();
    }

    public ScoredPairs predict(Model model) {
        return predict(model, KEEP_WEIGHT);
    }

    public ScoredPairs predict(Model model, double minimumWeight) {
        long start = System.nanoTime();
        Blocker blocker = new Blocker(table, model.predictionRules());
        long blocked = System.nanoTime();
        ScoredPairs pairs = Predictor.predict(new Scorer(model, table), table, blocker, minimumWeight);
        progress.accept(String.format("blocked in %.2f s; scored %,d candidate pairs in %.2f s (%,.0f pairs per CPU second), "
                + "kept %,d", (blocked - start) / 1e9, pairs.scored(), (System.nanoTime() - blocked) / 1e9,
                pairs.timing().pairsPerCpuSecond(pairs.scored()), pairs.size()));
        return pairs;
    }

    /**
     * Scores only the candidate pairs that include a record flagged in {@code touching}: linking new and changed
     * records into an existing index without scoring the pairs already scored. Blocking and term frequencies are
     * those of all the records, so each pair scores exactly as in a full run.
     */
    public ScoredPairs predictTouching(Model model, boolean[] touching, double minimumWeight) {
        return Predictor.predict(new Scorer(model, table), table, new Blocker(table, model.predictionRules()), minimumWeight,
                touching);
    }

    public int[] cluster(ScoredPairs pairs, Clusterer clusterer) {
        return clusterer.cluster(pairs, records);
    }

    /**
     * Which records are the same person: the one decision of a full run and an incremental run alike. Pairs at
     * or above the guards' threshold link their records, strongest first, within the guards (review decisions,
     * duplicate-free sources, weak links); see {@link Clusterer}. For an incremental run {@code settled} gives each
     * record's current person (any numbering) or a negative number for a new or changed record, and the pairs
     * need only be those that include such a record; a full run settles nothing (null).
     *
     * @return each record's person: the lowest record index among its records
     */
    public static int[] samePerson(Records records, ScoredPairs pairs, Guards guards, int[] settled) {
        return new Clusterer(guards.threshold(), guards.strongProbability(), guards.maxWeakLinks())
                .cluster(pairs, records, settled, guards.mustLink(), guards.cannotLink());
    }

    public Waterfall explain(Model model, int a, int b) {
        return Waterfall.of(new Scorer(model, table), table, a, b);
    }

    public Evaluation.Report evaluate(ScoredPairs pairs, int[] clusters, double threshold, int worst) {
        return new Evaluation(records).evaluate(pairs, clusters, threshold, worst);
    }

    /** Evaluates against a truth given per record (from a truth file) rather than a mapped truth column. */
    public Evaluation.Report evaluate(ScoredPairs pairs, int[] clusters, double threshold, int worst, String[] truth) {
        return new Evaluation(records, truth).evaluate(pairs, clusters, threshold, worst);
    }

    /** Writes the kept pairs at or above a probability as CSV, all or nothing. */
    public void writePairs(ScoredPairs pairs, double minimumProbability, Path file) {
        double minimumWeight = Scorer.weightOf(minimumProbability);
        writeAtomically(file, out -> {
            out.write("left_source,left_id,right_source,right_id,match_weight,match_probability,blocking_rule\n");
            for (int p = 0; p < pairs.size(); p++) {
                if (pairs.weight(p) >= minimumWeight) {
                    int a = pairs.left(p);
                    int b = pairs.right(p);
                    out.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%.4f,%.6f,%d%n", csv(sourceName(a)), csv(records.recordId()[a]),
                            csv(sourceName(b)), csv(records.recordId()[b]), pairs.weight(p), pairs.probability(p), pairs.rule(p)));
                }
            }
        });
    }

    /** Writes each record's person (cluster) as CSV, all or nothing. */
    public void writeClusters(int[] clusters, Path file) {
        writeAtomically(file, out -> {
            out.write("person,source,record_id\n");
            for (int i = 0; i < clusters.length; i++) {
                out.write(csv(records.describe(clusters[i])) + "," + csv(sourceName(i)) + "," + csv(records.recordId()[i]) + "\n");
            }
        });
    }

    private String sourceName(int record) {
        return records.sources().get(records.source()[record]).name();
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** Something that writes to a file. */
    public interface Content {
        void write(Writer out) throws IOException;
    }

    /** Writes to a temporary file beside the target and moves it into place, so no half-written file is left. */
    public static void writeAtomically(Path file, Content content) {
        Path absolute = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.write(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LinkageException("could not write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is beside the target and hidden; nothing else to do
                }
            }
        }
    }
}
