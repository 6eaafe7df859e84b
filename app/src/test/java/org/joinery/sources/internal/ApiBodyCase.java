package org.joinery.sources.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.joinery.testing.fuzz.Gen;
import org.joinery.testing.fuzz.Shrink;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated request body for the extracts API of the test source ({@link SourceFixtures}): a good batch, one with a
 * mistake put in at a known row and column, or bytes that are not a batch at all, with the outcome it must have.
 *
 * @param expect {@code good}; {@code problem} (not a batch: 400); {@code shape <row> <column>} (a record of the wrong
 *               shape: 422 naming it); {@code invalid <row> <column>} (refused by the extract's checks: 422 naming it);
 *               or {@code any} (accepted, or refused specifically)
 */
record ApiBodyCase(String description, byte[] body, String expect) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public String toString() {
        return description + " (expecting " + expect + "): " + Gen.show(body);
    }

    static Shrink<ApiBodyCase> shrink() {
        return failing -> Shrink.bytes().candidates(failing.body())
                .map(body -> new ApiBodyCase(failing.description().replaceFirst("(, shrunk)?$", ", shrunk"), body, "any"));
    }

    static ApiBodyCase generate(Random random) {
        ObjectNode root = NODES.objectNode();
        ArrayNode records = root.putArray("records");
        int count = 1 + random.nextInt(Gen.chance(random, 0.05) ? 2_000 : 12);
        String run = Gen.word(random, 6, 6);
        for (int i = 0; i < count; i++) {
            records.add(record(random, run + "-" + i));
        }
        int kind = random.nextInt(100);
        if (kind < 25) {
            return new ApiBodyCase("a good batch of " + count, write(random, root), "good");
        }
        int row = 1 + random.nextInt(count);
        ObjectNode record = (ObjectNode) records.get(row - 1);
        String column = Gen.oneOf(random, ExtractCase.COLUMNS);
        if (kind < 65) {
            return switch (random.nextInt(9)) {
                case 0 -> {
                    record.put("dob", Gen.oneOf(random, "31/02/1980", "1980-03-07", "07/03/80", "tomorrow", "٠٧/٠٣/١٩٨٠"));
                    yield new ApiBodyCase("a date of birth no format reads", write(random, root), "invalid " + row + " dob");
                }
                case 1 -> {
                    String value = record.get(column).asString() + Gen.oneOf(random, "\u0000", "\u0007", "\u001B", "\u007F");
                    record.put(column, value);
                    yield new ApiBodyCase("a control character", write(random, root), "invalid " + row + " " + column);
                }
                case 2 -> {
                    String field = Gen.oneOf(random, "forenames", "surname", "postcode", "id");
                    record.put(field, "x".repeat(Gen.oneOf(random, 201, 5_000, 1_000_000)));
                    yield new ApiBodyCase("a value too long", write(random, root), "invalid " + row + " " + field);
                }
                case 3 -> {
                    record.put("id", "");
                    yield new ApiBodyCase("no record ID", write(random, root), "invalid " + row + " id");
                }
                case 4 -> {
                    if (count < 2) {
                        record.put("opened", "not a date");
                        yield new ApiBodyCase("an opened date no format reads", write(random, root), "invalid 1 opened");
                    }
                    ((ObjectNode) records.get(count - 1)).put("id", records.get(0).get("id").asString());
                    yield new ApiBodyCase("an ID twice", write(random, root), "invalid " + count + " id");
                }
                case 5 -> {
                    record.put("shoe_size", "9");
                    yield new ApiBodyCase("a column the source does not have", write(random, root), "invalid 0 -");
                }
                case 6 -> {
                    record.set(column, Gen.oneOf(random, NODES.numberNode(12), NODES.booleanNode(true), NODES.nullNode(),
                            NODES.numberNode(1e300), NODES.numberNode(new java.math.BigInteger("9".repeat(200)))));
                    yield new ApiBodyCase("a number, boolean or null", write(random, root), "any");
                }
                case 7 -> {
                    for (JsonNode each : records) {
                        ((ObjectNode) each).remove(column);
                    }
                    yield new ApiBodyCase("a column no record has", write(random, root), "invalid 0 -");
                }
                default -> {
                    record.removeAll();
                    // A record's missing columns are empty, unless no record has them: then the header lacks them.
                    yield new ApiBodyCase("an empty record", write(random, root), count == 1 ? "invalid 0 -" : "invalid " + row + " id");
                }
            };
        }
        if (kind < 85) {
            return switch (random.nextInt(7)) {
                case 0 -> {
                    record.set(column, Gen.oneOf(random, NODES.arrayNode().add("a"), NODES.objectNode().put("a", 1), NODES.arrayNode()));
                    yield new ApiBodyCase("a value that is a list or object", write(random, root), "shape " + row + " " + column);
                }
                case 1 -> {
                    records.set(row - 1, Gen.oneOf(random, NODES.stringNode("A1,Anna"), NODES.numberNode(1), NODES.nullNode(),
                            NODES.arrayNode().add("A1")));
                    yield new ApiBodyCase("a record that is not an object", write(random, root), "shape " + row + " -");
                }
                case 2 -> {
                    record.put("col\u0000umn", "x");
                    yield new ApiBodyCase("a column name with a control character", write(random, root), "shape " + row + " col\u0000umn");
                }
                case 3 -> {
                    String json = new String(write(random, root), StandardCharsets.UTF_8).replaceFirst("\"surname\"\\s*:\\s*\"", "\"surname\":\"\\\\uD800");
                    yield new ApiBodyCase("half a surrogate pair", json.getBytes(StandardCharsets.UTF_8), "shape 1 surname");
                }
                case 4 -> {
                    records.removeAll();
                    yield new ApiBodyCase("an empty batch", write(random, root), "shape 0 records");
                }
                case 5 -> {
                    JsonNode notRecords = Gen.oneOf(random, NODES.objectNode(), NODES.stringNode("x"), NODES.nullNode());
                    yield new ApiBodyCase("records that are not a list", write(random, NODES.objectNode().set("records", notRecords)),
                            "problem");
                }
                default -> {
                    JsonNode other = Gen.oneOf(random, NODES.arrayNode().add(record), NODES.objectNode().set("rows", records),
                            NODES.stringNode("records"), NODES.numberNode(0));
                    yield new ApiBodyCase("not an object with records", write(random, other), "problem");
                }
            };
        }
        byte[] bytes = write(random, root);
        return switch (random.nextInt(7)) {
            case 0 -> new ApiBodyCase("cut short", java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length - 1) + 1), "problem");
            case 1 -> {
                int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"surname\"") + 12;
                byte[] bad = Gen.oneOf(random, new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xC3, 0x28}, new byte[]{(byte) 0xE2, (byte) 0x82});
                yield new ApiBodyCase("bytes that are not UTF-8", splice(bytes, Math.min(at, bytes.length - 2), bad), "problem");
            }
            case 2 -> new ApiBodyCase("a byte-order mark first", splice(bytes, 0, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                    "good");
            case 3 -> {
                int depth = Gen.oneOf(random, 10, 501, 10_000, 200_000);
                String nested = "[".repeat(depth) + "]".repeat(depth);
                yield new ApiBodyCase("nested " + depth + " deep", ("{\"records\": [{\"id\": " + nested + "}]}")
                        .getBytes(StandardCharsets.UTF_8), depth < 400 ? "shape 1 id" : "problem");
            }
            case 4 -> {
                String json = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"id\"\\s*:", "\"id\": \"dup\", \"id\":");
                yield new ApiBodyCase("a column twice in a record", json.getBytes(StandardCharsets.UTF_8), "problem");
            }
            case 5 -> new ApiBodyCase("empty", Gen.oneOf(random, new byte[0], " ".getBytes(), "\n".getBytes()), "problem");
            default -> new ApiBodyCase("characters", Gen.text(random, 300).getBytes(StandardCharsets.UTF_8), "any");
        };
    }

    /** A good record: every column, values that pass every check. */
    private static ObjectNode record(Random random, String id) {
        ObjectNode record = NODES.objectNode();
        List<String> columns = new ArrayList<>(ExtractCase.COLUMNS);
        java.util.Collections.shuffle(columns, random);
        for (String column : columns) {
            switch (column) {
                case "id" -> record.put("id", id);
                case "dob" -> record.put("dob", Gen.chance(random, 0.2) ? "" : "%02d/%02d/%d".formatted(1 + random.nextInt(28),
                        1 + random.nextInt(12), 1920 + random.nextInt(100)));
                case "postcode" -> record.put("postcode", Gen.oneOf(random, "E1 6AN", "RM10 9AP", "", "sw1a1aa"));
                case "opened", "closed" -> record.put(column, Gen.oneOf(random, "", "01/02/2020", "2021-03-04"));
                default -> record.put(column, Gen.chance(random, 0.7) ? Gen.oneOf(random, "Anna", "Zoë", "O'Neill", "李", "Ægir")
                        : text(random));
            }
        }
        if (Gen.chance(random, 0.1)) {
            record.putNull(Gen.oneOf(random, "dob", "postcode", "opened", "closed"));
        }
        return record;
    }

    /** Printable text of any script, without halves of surrogate pairs (which UTF-8 cannot carry). */
    private static String text(Random random) {
        return Gen.printable(Gen.text(random, 15)).codePoints().filter(c -> !Character.isSurrogate((char) c) || c > 0xFFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }

    private static byte[] write(Random random, JsonNode node) {
        return (random.nextBoolean() ? JSON.writeValueAsString(node) : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
