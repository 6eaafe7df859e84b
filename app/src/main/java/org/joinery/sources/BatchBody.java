package org.joinery.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinery.linkage.data.RowMapper;
import org.joinery.linkage.model.JsonLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch's request body read as records, or why it cannot be: not JSON at all (the sender's program is wrong: 400),
 * or records whose shape is wrong (each named by row and column: 422). What the records say is checked afterwards,
 * exactly as a file's rows are.
 *
 * @param problem the reason the body is not a batch, or null
 * @param records one map of column to value per record, when the body is a batch
 * @param errors  what is wrong with the records' shape (row 0 is the batch as a whole); empty when none is
 */
public record BatchBody(Problem problem, List<Map<String, String>> records, List<RowError> errors) {

    /** Why a body is not a batch at all: a problem+json title and detail. */
    public record Problem(String title, String detail) {
    }

    /** What a batch's body looks like, for the messages that say what to send. */
    public static final String SHAPE = "Send {\"records\": [{\"column\": \"value\", ...}, ...]}";

    // A column given twice in one record would lose a value silently.
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    public static BatchBody parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? new byte[0] : body);
        } catch (StreamConstraintsException e) {
            return problem("The body is too deeply nested or too long to read", SHAPE + ": "
                    + JsonLimits.describe(e, JSON.tokenStreamFactory().streamReadConstraints())
                    + ". Values are text, numbers or null; send very large extracts as a CSV upload.");
        } catch (JacksonException e) {
            return problem("The body is not JSON", SHAPE + ": " + e.getOriginalMessage() + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        JsonNode records = root == null ? null : root.get("records");
        if (records == null || !records.isArray()) {
            return problem("The body has no records", SHAPE + ", one object per record, every record the source holds now");
        }
        if (records.isEmpty()) {
            return new BatchBody(null, List.of(), List.of(new RowError(0, 0, "records", "the batch has no records: send"
                    + " every record the source holds now in \"records\", one object per record (a batch is a full snapshot,"
                    + " so an empty one would withdraw every record; it is refused in case the sending system failed)")));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int row = 0;
        for (JsonNode record : records) {
            row++;
            Map<String, String> fields = new LinkedHashMap<>();
            if (!record.isObject()) {
                add(errors, new RowError(row + 1, row, null, "the record is not an object of column name to value: send"
                        + " {\"column\": \"value\", ...}"));
            } else {
                for (Map.Entry<String, JsonNode> field : record.properties()) {
                    String column = field.getKey();
                    JsonNode value = field.getValue();
                    if (unpaired(column) || column.chars().anyMatch(Character::isISOControl)) {
                        add(errors, new RowError(row + 1, row, column, "the column name " + RowMapper.quoted(column)
                                + " holds a character that is not text: use the source's column names"));
                    } else if (value.isContainer()) {
                        add(errors, new RowError(row + 1, row, column, "the value is a list or an object: send text, a"
                                + " number or null"));
                    } else if (value.isString() && unpaired(value.stringValue())) {
                        add(errors, new RowError(row + 1, row, column, "the value holds half of a UTF-16 surrogate pair"
                                + " (an escape like \\uD800 without its other half), which is not text: send the whole character"));
                    } else {
                        fields.put(column, value.isNull() ? "" : value.asString());
                    }
                }
            }
            rows.add(fields);
        }
        return new BatchBody(null, rows, errors);
    }

    private static BatchBody problem(String title, String detail) {
        return new BatchBody(new Problem(title, detail), List.of(), List.of());
    }

    private static void add(List<RowError> errors, RowError error) {
        if (errors.size() < ImportOutcome.ERRORS_KEPT) {
            errors.add(error);
        }
    }

    /** Whether the text holds a surrogate without its pair (JSON escapes can make one; UTF-8 cannot). */
    static boolean unpaired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
