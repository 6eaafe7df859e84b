package org.joinery.linkage.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.compare.Postcodes;
import org.joinery.linkage.model.InvalidModelException;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.model.SourceMapping;

/**
 * Maps one row of a source's extract to the person schema through the source's mapping. The one place rows are
 * parsed: the engine's loader, the application's import and its mapping preview all use it, so a row previews
 * exactly as it will load.
 */
public final class RowMapper {

    /** What kind of problem a row has: loaders treat a bad date as missing, imports refuse it. */
    public enum ProblemKind { FIELD_COUNT, RECORD_ID, DATE }

    /**
     * One specific problem with a row.
     *
     * @param column the column concerned, or null for the row as a whole
     * @param value the value as written, or null
     */
    public record Problem(ProblemKind kind, String column, String value, String message) {
    }

    /**
     * A row mapped to the person schema.
     *
     * @param fields the person fields by {@link PersonField#ordinal()}, null where empty or unparseable; dates of
     *     birth are ISO yyyy-MM-dd
     */
    public record MappedRow(String recordId, String[] fields, String truth, List<Problem> problems) {

        public String field(PersonField field) {
            return fields[field.ordinal()];
        }
    }

    // 1 January 1900 is what systems store when the date of birth is unknown, not a date of birth.
    private static final String PLACEHOLDER_DATE = "1900-01-01";

    private final SourceMapping mapping;
    private final String[] header;
    private final Map<PersonField, int[]> positions = new EnumMap<>(PersonField.class);
    private final List<DateTimeFormatter> formats;
    private final int idColumn;
    private final int truthColumn;
    private final int fullNameColumn;
    private final Pattern truthPattern;

    /** @throws LinkageException naming every mapped column the header lacks */
    public RowMapper(SourceMapping mapping, String[] header) {
        this.mapping = mapping;
        this.header = header.clone();
        List<String> columns = Arrays.asList(header);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> use : uses(mapping)) {
            if (!columns.contains(use.getValue())) {
                missing.add(use.getKey() + " names the column '" + use.getValue() + "', which is not in the header");
            }
        }
        if (!missing.isEmpty()) {
            throw new LinkageException("mapping for source '" + mapping.source() + "': " + String.join("; ", missing)
                    + (mapping.file() == null ? "" : " of " + mapping.file()) + " (columns: " + String.join(", ", header) + ")");
        }
        mapping.fields().forEach((field, names) -> positions.put(field, names.stream().mapToInt(columns::indexOf).toArray()));
        this.idColumn = columns.indexOf(mapping.recordIdColumn());
        this.truthColumn = mapping.truthColumn() == null ? -1 : columns.indexOf(mapping.truthColumn());
        this.fullNameColumn = mapping.fullNameColumn() == null ? -1 : columns.indexOf(mapping.fullNameColumn());
        this.truthPattern = mapping.truthPattern() == null ? null : Pattern.compile(mapping.truthPattern());
        this.formats = formatters(mapping.dateFormats());
    }

    /** Every column the mapping reads, in a stable order: record ID, person fields, full name, truth. */
    public static Set<String> mappedColumns(SourceMapping mapping) {
        Set<String> columns = new LinkedHashSet<>();
        uses(mapping).forEach(use -> columns.add(use.getValue()));
        return columns;
    }

    /** Each place the mapping names a column (as the mapping JSON spells it) and the column. */
    private static List<Map.Entry<String, String>> uses(SourceMapping mapping) {
        List<Map.Entry<String, String>> uses = new ArrayList<>();
        uses.add(Map.entry("recordId", mapping.recordIdColumn()));
        for (PersonField field : PersonField.values()) {
            mapping.fields().getOrDefault(field, List.of()).forEach(c -> uses.add(Map.entry("fields." + field.jsonName(), c)));
        }
        if (mapping.fullNameColumn() != null) {
            uses.add(Map.entry("fullName", mapping.fullNameColumn()));
        }
        if (mapping.truthColumn() != null) {
            uses.add(Map.entry("truth.column", mapping.truthColumn()));
        }
        return uses;
    }

    /** The mapped columns this header does not have, in the mapping's order. */
    public static List<String> missingColumns(SourceMapping mapping, List<String> header) {
        return mappedColumns(mapping).stream().filter(column -> !header.contains(column)).toList();
    }

    public SourceMapping mapping() {
        return mapping;
    }

    public int columnCount() {
        return header.length;
    }

    public String[] header() {
        return header.clone();
    }

    /** Maps the row; a row with the wrong number of fields maps to nothing but that problem. */
    public MappedRow map(String[] row) {
        String[] fields = new String[PersonField.values().length];
        if (row.length != header.length) {
            return new MappedRow(null, fields, null, List.of(new Problem(ProblemKind.FIELD_COUNT, null, null,
                    "expected " + header.length + " fields as in the header, found " + row.length)));
        }
        List<Problem> problems = new ArrayList<>(0);
        for (Map.Entry<PersonField, int[]> entry : positions.entrySet()) {
            String value = join(row, entry.getValue());
            if (entry.getKey() == PersonField.DATE_OF_BIRTH && value != null) {
                String iso = parseDate(value);
                if (iso == null) {
                    problems.add(dateProblem(mapping.fields().get(PersonField.DATE_OF_BIRTH), value));
                }
                value = PLACEHOLDER_DATE.equals(iso) ? null : iso;
            }
            fields[entry.getKey().ordinal()] = value;
        }
        String address = fields[PersonField.ADDRESS.ordinal()];
        if (!positions.containsKey(PersonField.POSTCODE) && address != null) {
            // A source without a postcode column often writes it in the address; other sources compare it.
            String[] split = Postcodes.splitFromAddress(address);
            if (split != null) {
                fields[PersonField.ADDRESS.ordinal()] = split[0];
                fields[PersonField.POSTCODE.ordinal()] = split[1];
            }
        }
        if (fullNameColumn >= 0 && !row[fullNameColumn].isBlank()) {
            String[] names = FullName.split(row[fullNameColumn]);
            fields[PersonField.FORENAMES.ordinal()] = names[0];
            fields[PersonField.SURNAME.ordinal()] = names[1];
        }
        String id = row[idColumn];
        if (id.isEmpty()) {
            problems.add(new Problem(ProblemKind.RECORD_ID, mapping.recordIdColumn(), "",
                    "the record ID is empty (expected an ID for every record)"));
        }
        return new MappedRow(id.isEmpty() ? null : id, fields, truthColumn < 0 ? null : truth(row[truthColumn]),
                List.copyOf(problems));
    }

    /** The date as ISO yyyy-MM-dd read with the mapping's formats, or null when no format reads it. */
    public String parseDate(String value) {
        LocalDate date = readDate(value);
        // A two-digit year is read as 20yy; a date of birth in the future is 19yy.
        return date == null ? null : (date.isAfter(LocalDate.now()) ? date.minusYears(100) : date).toString();
    }

    /** The date as written, read with the mapping's formats (no century correction), or null when none reads it. */
    public LocalDate readDate(String value) {
        for (DateTimeFormatter format : formats) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** The problem for a value in a date column that no format of the mapping reads. */
    public Problem dateProblem(List<String> columns, String value) {
        return new Problem(ProblemKind.DATE, String.join(" ", columns), value, quoted(value)
                + " is not a date written as " + String.join(" or ", mapping.dateFormats()));
    }

    /**
     * A value as an error message shows it: in quotes, control characters as U+ codes, and cut after 40
     * characters, so a huge or binary cell cannot swamp the message that points to it.
     */
    public static String quoted(String value) {
        return InvalidModelException.quoted(value);
    }

    private static List<DateTimeFormatter> formatters(List<String> patterns) {
        return patterns.stream().map(SourceMapping::dateFormatter).toList();
    }

    private static String join(String[] row, int[] positions) {
        if (positions.length == 1) {
            return row[positions[0]].isEmpty() ? null : row[positions[0]];
        }
        StringBuilder joined = new StringBuilder();
        for (int position : positions) {
            if (!row[position].isEmpty()) {
                joined.append(joined.isEmpty() ? "" : " ").append(row[position]);
            }
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    private String truth(String value) {
        if (truthPattern == null || value.isEmpty()) {
            return value.isEmpty() ? null : value;
        }
        Matcher matcher = truthPattern.matcher(value);
        return matcher.find() ? (matcher.groupCount() > 0 ? matcher.group(1) : matcher.group()) : value;
    }
}
