package org.joinery.linkage.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.joinery.linkage.LinkageException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves and loads {@link Model}s as versioned JSON. Output is deterministic (fixed key order, shortest
 * round-tripping decimal for every number) so the same model always gives the same bytes.
 */
public final class ModelJson {

    public static final String FORMAT = "joinery-linkage-model";

    private ModelJson() {
    }

    public static String write(Model model) {
        ObjectNode root = JsonFields.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", Model.FORMAT_VERSION);
        putNumber(root, "probabilityTwoRandomRecordsMatch", model.prior());
        root.put("threshold", model.threshold());
        root.put("seed", model.seed());
        ObjectNode blocking = root.putObject("blocking");
        rules(blocking.putArray("prediction"), model.predictionRules());
        rules(blocking.putArray("training"), model.trainingRules());
        rules(blocking.putArray("deterministic"), model.deterministicRules());
        blocking.put("deterministicRecall", model.recall());
        blocking.put("maxPairsPerRule", model.maxPairsPerRule());
        ArrayNode comparisons = root.putArray("comparisons");
        for (Comparison comparison : model.comparisons()) {
            ObjectNode node = comparisons.addObject();
            node.put("name", comparison.name());
            node.put("field", comparison.field().jsonName());
            if (comparison.swapWith() != null) {
                node.put("swapWith", comparison.swapWith().jsonName());
            }
            if (comparison.otherField() != null) {
                node.put("otherField", comparison.otherField().jsonName());
            }
            ArrayNode levels = node.putArray("levels");
            for (Level level : comparison.levels()) {
                ObjectNode levelNode = levels.addObject();
                levelNode.put("type", level.kind().jsonName());
                if (level.kind().parameterName() != null) {
                    levelNode.put(level.kind().parameterName(), level.parameter());
                }
                if (level.termFrequency()) {
                    levelNode.put("termFrequency", true);
                }
                if (level.kind() != LevelKind.NULL) {
                    putNumber(levelNode, "m", level.m());
                    putNumber(levelNode, "u", level.u());
                }
            }
        }
        return JsonFields.MAPPER.writeValueAsString(root) + "\n";
    }

    /** Writes to a temporary file first and moves it into place, so a failure never leaves half a model. */
    public static void save(Model model, Path file) {
        try {
            Path absolute = file.toAbsolutePath();
            Path temporary = Files.createTempFile(absolute.getParent(), ".model", ".json");
            Files.writeString(temporary, write(model), StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LinkageException("could not save the model to " + file + ": " + e.getMessage(), e);
        }
    }

    public static Model load(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new LinkageException("could not read the model file " + file + ": " + e.getMessage(), e);
        }
    }

    public static Model read(String json, String document) {
        JsonFields in = new JsonFields("model " + document);
        JsonNode root = in.parse(json);
        String format = in.optionalString(root, "format", FORMAT);
        if (!FORMAT.equals(format)) {
            throw new InvalidModelException("model " + document + " is a '" + format + "' file, not a Joinery linkage model");
        }
        int version = (int) in.number(root, "", "version");
        if (version > Model.FORMAT_VERSION) {
            throw new InvalidModelException("model " + document + " is from a newer version of Joinery (model format "
                    + version + "; this version reads format " + Model.FORMAT_VERSION
                    + " and older). Upgrade Joinery to use it.");
        }
        if (version < 1) {
            throw new InvalidModelException("model " + document + ": version " + version + " is not a model format version");
        }
        double prior = in.optionalNumber(root, "", "probabilityTwoRandomRecordsMatch", Double.NaN);
        if (!Double.isNaN(prior) && (prior <= 0 || prior >= 1)) {
            throw in.fail("probabilityTwoRandomRecordsMatch", "a probability strictly between 0 and 1");
        }
        double threshold = in.optionalNumber(root, "", "threshold", 0.9);
        if (threshold <= 0 || threshold >= 1) {
            throw in.fail("threshold", "a probability strictly between 0 and 1");
        }
        long seed = (long) in.optionalNumber(root, "", "seed", 42);
        JsonNode blocking = in.required(root, "", "blocking");
        List<BlockingRule> prediction = rules(in, blocking, "prediction");
        if (prediction.isEmpty()) {
            throw new InvalidModelException("model " + document + ": blocking.prediction needs at least one rule");
        }
        List<BlockingRule> training = rules(in, blocking, "training");
        List<BlockingRule> deterministic = rules(in, blocking, "deterministic");
        double recall = in.optionalNumber(blocking, "blocking", "deterministicRecall", 0.9);
        long maxPairs = (long) in.optionalNumber(blocking, "blocking", "maxPairsPerRule", 100_000_000);
        JsonNode comparisonsNode = in.required(root, "", "comparisons");
        if (!comparisonsNode.isArray() || comparisonsNode.isEmpty()) {
            throw in.fail("comparisons", "a non-empty list");
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < comparisonsNode.size(); i++) {
            comparisons.add(comparison(in, comparisonsNode.get(i), "comparisons[" + i + "]"));
        }
        return new Model(prior, comparisons, prediction, training, deterministic, recall, maxPairs, threshold, seed);
    }

    private static Comparison comparison(JsonFields in, JsonNode node, String path) {
        String name = in.string(node, path, "name");
        PersonField field = field(in.string(node, path, "field"), path + ".field");
        String swapName = in.optionalString(node, "swapWith", null);
        PersonField swapWith = swapName == null ? null : field(swapName, path + ".swapWith");
        String otherName = in.optionalString(node, "otherField", null);
        PersonField otherField = otherName == null ? null : field(otherName, path + ".otherField");
        JsonNode levelsNode = in.required(node, path, "levels");
        if (!levelsNode.isArray()) {
            throw in.fail(path + ".levels", "a list");
        }
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < levelsNode.size(); i++) {
            String levelPath = path + ".levels[" + i + "]";
            JsonNode levelNode = levelsNode.get(i);
            String type = in.string(levelNode, levelPath, "type");
            LevelKind kind = LevelKind.named(type).orElseThrow(() -> new InvalidModelException(levelPath
                    + ".type '" + type + "' is not a level type (" + LevelKind.allNames() + ")"));
            if (kind == LevelKind.EXACT_OTHER_UNKNOWN) {
                throw new InvalidModelException(levelPath + ".type '" + type + "' is derived from the other levels "
                        + "when scoring, and cannot be listed");
            }
            double parameter = kind.parameterName() == null ? Double.NaN
                    : in.number(levelNode, levelPath, kind.parameterName());
            double m = in.optionalNumber(levelNode, levelPath, "m", Double.NaN);
            double u = in.optionalNumber(levelNode, levelPath, "u", Double.NaN);
            for (double p : new double[] {m, u}) {
                if (!Double.isNaN(p) && (p <= 0 || p > 1)) {
                    throw new InvalidModelException(levelPath + ": m and u must be probabilities above 0 and at most 1");
                }
            }
            levels.add(new Level(kind, parameter, in.optionalBoolean(levelNode, levelPath, "termFrequency", false), m, u));
        }
        if (levels.size() < 3 || levels.get(0).kind() != LevelKind.NULL
                || levels.get(levels.size() - 1).kind() != LevelKind.ELSE) {
            throw new InvalidModelException(path + " (" + name + ") must list at least three levels, the first 'null' "
                    + "and the last 'else'");
        }
        if (levels.stream().anyMatch(l -> l.kind() == LevelKind.SWAP) && swapWith == null) {
            throw new InvalidModelException(path + " (" + name + ") has a swap level but no swapWith field");
        }
        if (levels.stream().anyMatch(l -> l.kind() == LevelKind.EXACT_AND_OTHER_EXACT
                || l.kind() == LevelKind.EXACT_AND_OTHER_NUMBERS) && otherField == null) {
            throw new InvalidModelException(path + " (" + name + ") has a level reading a second field but no otherField");
        }
        return new Comparison(name, field, swapWith, otherField, levels);
    }

    private static PersonField field(String name, String path) {
        return PersonField.named(name).orElseThrow(() -> new InvalidModelException(path + " '" + name
                + "' is not a field of the person schema (" + PersonField.allNames() + ")"));
    }

    private static List<BlockingRule> rules(JsonFields in, JsonNode blocking, String name) {
        List<BlockingRule> rules = new ArrayList<>();
        for (String text : in.strings(blocking, "blocking", name)) {
            rules.add(BlockingRule.parse(text));
        }
        return rules;
    }

    private static void rules(ArrayNode array, List<BlockingRule> rules) {
        rules.forEach(rule -> array.add(rule.toString()));
    }

    private static void putNumber(ObjectNode node, String name, double value) {
        if (!Double.isNaN(value)) {
            node.put(name, value);
        }
    }
}
