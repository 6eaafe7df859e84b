package org.joinery.linking;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joinery.linkage.model.PersonField;

/**
 * Two or more source records' person fields side by side, one column per record and one row per field, with
 * the values that differ from the others marked. Clerical review and the person page both show this.
 *
 * @param rows only the fields at least one record holds
 */
public record SideBySide(List<Column> columns, List<Row> rows) {

    private static final DateTimeFormatter BRITISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** One record: who holds it (organisation and source title) and the record's key in that source. */
    public record Column(String organisation, String source, String recordKey, String[] fields) {
    }

    /** One field across the records; {@code fieldKey} is its message key. */
    public record Row(String field, String fieldKey, List<Cell> cells, boolean disagrees) {
    }

    /** A value as shown, and whether it differs from the others in its row. */
    public record Cell(String text, boolean differs) {
        public boolean empty() {
            return text == null || text.isEmpty();
        }
    }

    public static SideBySide of(List<Column> columns) {
        List<Row> rows = new ArrayList<>();
        for (PersonField field : PersonField.values()) {
            List<String> values = columns.stream().map(column -> column.fields()[field.ordinal()]).toList();
            if (values.stream().allMatch(value -> normalised(value).isEmpty())) {
                continue;
            }
            String common = mostCommon(values);
            boolean disagrees = values.stream().map(SideBySide::normalised).filter(v -> !v.isEmpty()).distinct().count() > 1;
            List<Cell> cells = new ArrayList<>();
            for (String value : values) {
                String normal = normalised(value);
                // Where no value is the most common, every held value differs from another; missing values are not disagreement.
                boolean differs = disagrees && !normal.isEmpty() && (common == null || !common.equals(normal));
                cells.add(new Cell(shown(field, value), differs));
            }
            rows.add(new Row(field.jsonName(), "person.field." + field.jsonName(), List.copyOf(cells), disagrees));
        }
        return new SideBySide(List.copyOf(columns), List.copyOf(rows));
    }

    /** Case and spacing do not make a disagreement: "SMITH " and "Smith" are the same surname. */
    static String normalised(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The value held by more records than any other, or null when two or more tie. */
    private static String mostCommon(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.stream().map(SideBySide::normalised).filter(v -> !v.isEmpty()).forEach(v -> counts.merge(v, 1, Integer::sum));
        int best = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> leaders = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }

    /** Dates of birth are held as ISO text; people read them the British way. */
    public static String shown(PersonField field, String value) {
        if (value == null) {
            return "";
        }
        if (field == PersonField.DATE_OF_BIRTH) {
            try {
                return LocalDate.parse(value.strip()).format(BRITISH);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
