package org.joinery.sources.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joinery.linkage.model.PersonField;
import org.joinery.testing.fuzz.Gen;
import org.joinery.testing.fuzz.Shrink;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated mapping JSON for source {@link #NAME}: a valid one, one with a single mistake put in on purpose (and
 * the words the refusal must contain to name it), or garbage that may be anything.
 *
 * @param columns the sample's columns given with the mapping, or empty when not known
 * @param expect  null when the mapping must be accepted; text the refusal must contain; or {@link #ANY} when it
 *                may be accepted or refused, as long as a refusal is specific
 */
record MappingCase(String description, String json, List<String> columns, String expect) {

    static final String NAME = "people";
    static final String ANY = "?";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> GOOD_FORMATS = List.of("dd/MM/yyyy", "yyyy-MM-dd", "dd/MM/yy", "yyyyMMdd",
            "d/M/yyyy", "dd-MMM-yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "d MMMM yyyy", "yyyy/MM/dd");
    private static final List<String> BAD_FORMATS = List.of("dd/MM/yyyy'", "{", "HH:mm", "MM/yyyy", "dd/MM", "", " ",
            "yyyy-MM-ddTHH", "QQQ", "ppp", "#", "yyyy-MM-dd'T'HH:mm", "dd/MM/yyyy]", "EEEE", "yyyy-MM-dd HH");
    private static final List<String> BAD_PATTERNS = List.of("(", "[a-", "*", "rec-(\\d+", "\\", "(?<name", "a{2,1}");
    private static final List<String> KEYS = List.of("version", "source", "file", "duplicateFree", "recordId", "fields",
            "dateFormats", "truth", "fullName");

    @Override
    public String toString() {
        return description + " (expecting " + (expect == null ? "acceptance" : expect.equals(ANY) ? "acceptance or a specific refusal"
                : "a refusal saying \"" + expect + "\"") + ", columns " + columns + "): " + json;
    }

    /** Smaller cases from a failing one: shorter JSON, which may then be anything, so only specificity is asked. */
    static Shrink<MappingCase> shrink() {
        return failing -> Shrink.text().candidates(failing.json())
                .map(json -> new MappingCase(failing.description().replaceFirst("(, shrunk)?$", ", shrunk"), json, failing.columns(), ANY));
    }

    static MappingCase generate(Random random) {
        List<String> pool = columns(random);
        ObjectNode mapping = valid(random, pool);
        List<String> columns = Gen.chance(random, 0.5) ? pool : List.of();
        int kind = random.nextInt(100);
        if (kind < 25) {
            return new MappingCase("a valid mapping", write(random, mapping), columns, null);
        }
        if (kind < 85) {
            return mutated(random, mapping, pool, columns);
        }
        return garbage(random, write(random, mapping), columns);
    }

    /** Column names as systems have them: plain, spaced, accented, punctuated, occasionally very long. */
    private static List<String> columns(Random random) {
        List<String> pool = new ArrayList<>();
        int count = 3 + random.nextInt(8);
        while (pool.size() < count) {
            String column = switch (random.nextInt(6)) {
                case 0 -> Gen.text(random, 30);
                case 1 -> Gen.word(random, 1, 8) + " " + Gen.word(random, 1, 8);
                case 2 -> "col_" + pool.size();
                case 3 -> Gen.word(random, 1, 3) + Gen.oneOf(random, "é", "ß", "中", "#", ".", "(1)");
                case 4 -> Gen.chance(random, 0.1) ? "x".repeat(5_000) + pool.size() : Gen.word(random, 1, 20);
                default -> Gen.word(random, 2, 12).toLowerCase();
            };
            if (!column.isBlank() && !pool.contains(column)) {
                pool.add(column);
            }
        }
        return pool;
    }

    private static ObjectNode valid(Random random, List<String> pool) {
        ObjectNode mapping = NODES.objectNode();
        if (Gen.chance(random, 0.7)) {
            mapping.put("version", 1);
        }
        mapping.put("source", NAME);
        mapping.put("recordId", Gen.oneOf(random, pool));
        boolean fullName = Gen.chance(random, 0.3);
        if (fullName) {
            mapping.put("fullName", Gen.oneOf(random, pool));
        }
        ObjectNode fields = mapping.putObject("fields");
        for (PersonField field : PersonField.values()) {
            if (Gen.chance(random, 0.4) || fields.isEmpty() && !fullName && field == PersonField.NI_NUMBER) {
                if (Gen.chance(random, 0.7)) {
                    fields.put(field.jsonName(), Gen.oneOf(random, pool));
                } else {
                    ArrayNode list = fields.putArray(field.jsonName());
                    for (int i = 0; i < 1 + random.nextInt(3); i++) {
                        list.add(Gen.oneOf(random, pool));
                    }
                }
            }
        }
        switch (random.nextInt(4)) {
            case 0 -> { }
            case 1 -> mapping.put("dateFormats", Gen.oneOf(random, GOOD_FORMATS));
            default -> {
                ArrayNode formats = mapping.putArray("dateFormats");
                for (int i = 0; i < random.nextInt(4); i++) {
                    formats.add(Gen.oneOf(random, GOOD_FORMATS));
                }
            }
        }
        if (Gen.chance(random, 0.2)) {
            ObjectNode truth = mapping.putObject("truth");
            truth.put("column", Gen.oneOf(random, pool));
            if (Gen.chance(random, 0.5)) {
                truth.put("pattern", Gen.oneOf(random, "rec-(\\d+)-", "^(\\w+)", "\\d+", "(.*)"));
            }
        }
        if (Gen.chance(random, 0.2)) {
            mapping.put("duplicateFree", random.nextBoolean());
        }
        if (Gen.chance(random, 0.1)) {
            String key = Gen.oneOf(random, "truth", "fullName", "file", "dateFormats", "duplicateFree", "version");
            if (!key.equals("fullName") || !fields.isEmpty()) {
                mapping.putNull(key); // null is as good as absent for an optional key
            }
        }
        return mapping;
    }

    private static MappingCase mutated(Random random, ObjectNode mapping, List<String> pool, List<String> columns) {
        ObjectNode fields = (ObjectNode) mapping.get("fields");
        String field = fields.propertyNames().stream().findFirst().orElse(null);
        switch (random.nextInt(15)) {
            case 0 -> {
                String key = Gen.oneOf(random, "source", "recordId", "fields");
                mapping.remove(key);
                return new MappingCase("without " + key, write(random, mapping), columns, key + " is missing");
            }
            case 1 -> {
                String key = Gen.oneOf(random, KEYS);
                JsonNode wrong = wrongKind(random, key);
                mapping.set(key, wrong);
                return new MappingCase(key + " of the wrong kind", write(random, mapping), columns, key);
            }
            case 2 -> {
                String key = Gen.oneOf(random, "dateFormat", "Fields", "recordID", "record_id", "feilds", "comment",
                        Gen.text(random, 20) + "!");
                mapping.put(key, Gen.text(random, 10));
                return new MappingCase("an unknown key", write(random, mapping), columns, "is not a key of a mapping");
            }
            case 3 -> {
                String name = Gen.oneOf(random, "surnme", "dob", "Surname", "shoe_size", "", Gen.text(random, 60) + "?");
                fields.put(name, Gen.oneOf(random, pool));
                return new MappingCase("a field outside the schema", write(random, mapping), columns,
                        "is not a field of the person schema");
            }
            case 4 -> {
                if (field == null) {
                    mapping.put("recordId", Gen.oneOf(random, "", " ", "\t"));
                    return new MappingCase("a blank record ID column", write(random, mapping), columns, "recordId");
                }
                fields.put(field, Gen.oneOf(random, "", "  "));
                return new MappingCase("a blank column", write(random, mapping), columns, "fields." + field);
            }
            case 5 -> {
                if (field == null) {
                    mapping.put("fullName", "");
                    return new MappingCase("a blank full name column", write(random, mapping), columns, "fullName");
                }
                ArrayNode list = fields.putArray(field);
                list.add(Gen.oneOf(random, pool));
                if (random.nextBoolean()) {
                    list.add(random.nextInt());
                } else {
                    list.addNull();
                }
                return new MappingCase("a column list with a non-text element", write(random, mapping), columns,
                        "fields." + field + "[1]");
            }
            case 6 -> {
                ArrayNode formats = mapping.putArray("dateFormats");
                formats.add(Gen.oneOf(random, GOOD_FORMATS));
                formats.add(Gen.oneOf(random, BAD_FORMATS));
                return new MappingCase("a date format that cannot read a date", write(random, mapping), columns, "dateFormats[1]");
            }
            case 7 -> {
                ObjectNode truth = mapping.putObject("truth");
                truth.put("column", Gen.oneOf(random, pool));
                truth.put("pattern", Gen.oneOf(random, BAD_PATTERNS));
                return new MappingCase("a truth pattern that is not a regular expression", write(random, mapping), columns,
                        "truth.pattern");
            }
            case 8 -> {
                mapping.set("version", Gen.oneOf(random, NODES.numberNode(2), NODES.numberNode(1.5), NODES.numberNode(0),
                        NODES.numberNode(-1), NODES.numberNode(1e300), NODES.numberNode(99)));
                return new MappingCase("an odd version", write(random, mapping), columns, "version");
            }
            case 9 -> {
                mapping.put("source", Gen.oneOf(random, "other", "People", "people ", Gen.text(random, 50) + "x"));
                return new MappingCase("another source's mapping", write(random, mapping), columns, "change its \"source\"");
            }
            case 10 -> {
                if (columns.isEmpty()) {
                    mapping.put("recordId", "not-a-column-" + random.nextInt(1000));
                    return new MappingCase("a record ID column no sample can be checked against", write(random, mapping),
                            columns, null);
                }
                mapping.put("recordId", "not-a-column-" + random.nextInt(1000));
                return new MappingCase("a column the sample lacks", write(random, mapping), columns, "not-a-column-");
            }
            case 11 -> {
                String json = write(random, mapping);
                String key = Gen.oneOf(random, "\"recordId\"", "\"source\"", "\"fields\"");
                return new MappingCase("a key given twice", "{" + key + ": \"x\", " + json.substring(json.indexOf('{') + 1),
                        columns, "Duplicate");
            }
            case 12 -> {
                int depth = Gen.oneOf(random, 10, 400, 499, 501, 2_000, 50_000);
                String nested = "[".repeat(depth) + "\"x\"" + "]".repeat(depth);
                String key = Gen.oneOf(random, "fields", "dateFormats", "truth", "recordId");
                mapping.remove(key);
                String json = write(random, mapping);
                return new MappingCase("a value nested " + depth + " deep", "{\"" + key + "\": " + nested + ", "
                        + json.substring(json.indexOf('{') + 1), columns, ANY);
            }
            case 13 -> {
                mapping.put(Gen.oneOf(random, "recordId", "fullName"), "c".repeat(Gen.oneOf(random, 1_000, 100_000, 1_000_000)));
                return new MappingCase("a huge column name", write(random, mapping), columns, columns.isEmpty() ? null : "the sample does not have");
            }
            default -> {
                mapping.set("truth", Gen.oneOf(random, NODES.stringNode("rec_id"), NODES.arrayNode(), NODES.numberNode(1),
                        NODES.objectNode().put("pattern", "(\\d+)")));
                return new MappingCase("truth that is not an object with a column", write(random, mapping), columns, "truth");
            }
        }
    }

    /** A value of a kind the key does not take. */
    private static JsonNode wrongKind(Random random, String key) {
        List<JsonNode> kinds = new ArrayList<>(List.of(NODES.numberNode(random.nextInt(100) + 0.5), NODES.booleanNode(true),
                NODES.arrayNode().add(1).add(2), NODES.objectNode().put("a", "b")));
        if (!key.equals("fields") && !key.equals("truth")) {
            kinds.remove(3);
        }
        if (key.equals("fields") || key.equals("truth") || key.equals("duplicateFree") || key.equals("version")) {
            kinds.add(NODES.stringNode("text"));
        }
        if (key.equals("duplicateFree")) {
            kinds.remove(1);
        }
        if (key.equals("version")) {
            kinds.remove(0);
        }
        if (key.equals("fields") || key.equals("truth")) {
            kinds.remove(kinds.size() - 2); // an object is their kind
        }
        return Gen.oneOf(random, kinds);
    }

    private static MappingCase garbage(Random random, String json, List<String> columns) {
        return switch (random.nextInt(6)) {
            case 0 -> new MappingCase("cut short", json.substring(0, 1 + random.nextInt(json.length() - 1)), columns,
                    "not valid JSON");
            case 1 -> {
                StringBuilder text = new StringBuilder(json);
                for (int i = 0; i < 1 + random.nextInt(5); i++) {
                    text.insert(random.nextInt(text.length() + 1), Gen.text(random, 3));
                }
                yield new MappingCase("with characters put in", text.toString(), columns, ANY);
            }
            case 2 -> new MappingCase("not an object", Gen.oneOf(random, "[]", "42", "\"people\"", "null", "true", "[{}]"),
                    columns, "must be a JSON object");
            case 3 -> new MappingCase("blank", Gen.oneOf(random, "", " ", "\n\t"), columns, "give the mapping as JSON");
            case 4 -> new MappingCase("characters", Gen.text(random, 200), columns, ANY);
            default -> new MappingCase("other bytes", Stream.of(json.split("")).map(c -> Gen.chance(random, 0.05)
                    ? Gen.text(random, 2) : c).collect(Collectors.joining()), columns, ANY);
        };
    }

    private static String write(Random random, ObjectNode mapping) {
        return random.nextBoolean() ? JSON.writeValueAsString(mapping) : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(mapping);
    }
}
