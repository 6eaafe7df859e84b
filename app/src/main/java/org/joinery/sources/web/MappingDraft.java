package org.joinery.sources.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.data.CsvReader;
import org.joinery.linkage.model.PersonField;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mapping an administrator is building on the registration page: the sample's first rows and, for each person
 * field, the column(s) chosen. Turns the choices into the engine's mapping JSON, unless a JSON was pasted or
 * uploaded, which wins.
 */
final class MappingDraft {

    static final int SAMPLE_ROWS = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String sample;
    private final List<String[]> records;

    private MappingDraft(String sample, List<String[]> records) {
        this.sample = sample;
        this.records = records;
    }

    /** The header and first rows of a sample extract, kept (as CSV text) in a hidden field between posts. */
    static MappingDraft ofSample(String text) {
        if (text == null || text.isBlank()) {
            return new MappingDraft("", List.of());
        }
        List<String[]> records = new ArrayList<>();
        try (CsvReader csv = new CsvReader(new StringReader(text), "the sample")) {
            String[] record;
            while (records.size() <= SAMPLE_ROWS && (record = csv.next()) != null) {
                if (!(record.length == 1 && record[0].isEmpty())) {
                    records.add(record);
                }
            }
        } catch (LinkageException e) {
            // A sample cut off inside a quoted field: keep the rows read so far.
        }
        StringBuilder kept = new StringBuilder();
        for (String[] record : records) {
            kept.append(String.join(",", Arrays.stream(record).map(c -> '"' + c.replace("\"", "\"\"") + '"').toList())).append('\n');
        }
        return new MappingDraft(kept.toString(), records);
    }

    public String sample() {
        return sample;
    }

    public boolean hasSample() {
        return !records.isEmpty();
    }

    public List<String> header() {
        return records.isEmpty() ? List.of() : List.of(records.get(0));
    }

    public List<String[]> rows() {
        return records.size() <= 1 ? List.of() : records.subList(1, records.size());
    }

    /** The mapping JSON the form's choices make (record ID, full name, fields, date formats). */
    static String json(String name, MultiValueMap<String, String> form) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("source", name == null ? "" : name);
        root.put("recordId", first(form, "recordId"));
        ArrayNode formats = root.putArray("dateFormats");
        for (String format : first(form, "dateFormats").split(",")) {
            if (!format.isBlank()) {
                formats.add(format.strip());
            }
        }
        if (!first(form, "fullName").isEmpty()) {
            root.put("fullName", first(form, "fullName"));
        }
        ObjectNode fields = root.putObject("fields");
        for (PersonField field : PersonField.values()) {
            List<String> columns = form.getOrDefault("field." + field.jsonName(), List.of()).stream()
                    .filter(c -> !c.isBlank()).toList();
            if (columns.size() == 1) {
                fields.put(field.jsonName(), columns.get(0));
            } else if (columns.size() > 1) {
                ArrayNode list = fields.putArray(field.jsonName());
                columns.forEach(list::add);
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Each person field's chosen columns, from the form (for redisplay). */
    static Map<String, List<String>> chosen(MultiValueMap<String, String> form) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (PersonField field : PersonField.values()) {
            chosen.put(field.jsonName(), form.getOrDefault("field." + field.jsonName(), List.of()));
        }
        return chosen;
    }

    static String first(MultiValueMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value.strip();
    }
}
