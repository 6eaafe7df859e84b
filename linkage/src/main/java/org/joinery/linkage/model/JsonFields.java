package org.joinery.linkage.model;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reading JSON with errors that name the document and the path of the offending value. */
final class JsonFields {

    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            // A key given twice is a mistake to name, not a value to drop silently.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String document;

    JsonFields(String document) {
        this.document = document;
    }

    JsonNode parse(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw fail("", "a JSON object");
            }
            return root;
        } catch (StreamConstraintsException e) {
            // Jackson's own words name its settings; say what is wrong with the document instead.
            throw new InvalidModelException(document + " is not valid JSON: "
                    + JsonLimits.describe(e, MAPPER.tokenStreamFactory().streamReadConstraints()));
        } catch (JacksonException e) {
            throw new InvalidModelException(document + " is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        }
    }

    JsonNode required(JsonNode parent, String path, String name) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidModelException(document + ": " + join(path, name) + " is missing");
        }
        return value;
    }

    String string(JsonNode parent, String path, String name) {
        JsonNode value = required(parent, path, name);
        if (!value.isString()) {
            throw fail(join(path, name), "a string");
        }
        return value.stringValue();
    }

    /** A string, or the fallback when absent or null; any other kind of value is refused by its path. */
    String optionalString(JsonNode parent, String name, String fallback) {
        return optionalString(parent, "", name, fallback);
    }

    String optionalString(JsonNode parent, String path, String name, String fallback) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isString()) {
            throw fail(join(path, name), "a string");
        }
        return value.stringValue();
    }

    double number(JsonNode parent, String path, String name) {
        JsonNode value = required(parent, path, name);
        if (!value.isNumber()) {
            throw fail(join(path, name), "a number");
        }
        return value.doubleValue();
    }

    double optionalNumber(JsonNode parent, String path, String name, double fallback) {
        JsonNode value = parent.get(name);
        return value == null || value.isNull() ? fallback : number(parent, path, name);
    }

    boolean optionalBoolean(JsonNode parent, String path, String name, boolean fallback) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw fail(join(path, name), "true or false");
        }
        return value.booleanValue();
    }

    List<String> strings(JsonNode parent, String path, String name) {
        JsonNode value = parent.get(name);
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (value.isString()) {
            result.add(value.stringValue());
            return result;
        }
        if (!value.isArray()) {
            throw fail(join(path, name), "a string or a list of strings");
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isString()) {
                throw fail(join(path, name) + "[" + i + "]", "a string");
            }
            result.add(value.get(i).stringValue());
        }
        return result;
    }

    InvalidModelException fail(String path, String expected) {
        return new InvalidModelException(document + ": " + (path.isEmpty() ? "the document" : path)
                + " must be " + expected);
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
