package org.joinery.linkage.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.compare.Postcodes;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.model.SourceMapping;

/**
 * Loads sources through their mappings into one {@link Records}. Any structural problem (missing file, unknown
 * column, malformed row) stops the load with one message naming file, line and column; unparseable dates are
 * counted, reported and kept as null.
 */
public final class SourceLoader {

    private static final int DATE_EXAMPLES = 3;

    private SourceLoader() {
    }

    private static final String PLACEHOLDER_DATE = "1900-01-01";

    public static Records load(List<SourceMapping> mappings) {
        List<Records.SourceInfo> infos = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        List<Integer> sourceOf = new ArrayList<>();
        Map<PersonField, List<String>> columns = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<String> truths = new ArrayList<>();
        boolean anyTruth = mappings.stream().anyMatch(m -> m.truthColumn() != null);
        for (PersonField field : PersonField.values()) {
            if (mappings.stream().anyMatch(m -> m.fields().containsKey(field) || (m.fullNameColumn() != null
                    && (field == PersonField.FORENAMES || field == PersonField.SURNAME)))) {
                columns.put(field, new ArrayList<>());
            }
        }
        for (int s = 0; s < mappings.size(); s++) {
            SourceMapping mapping = mappings.get(s);
            if (infos.stream().anyMatch(i -> i.name().equals(mapping.source()))) {
                throw new LinkageException("two mappings name the same source '" + mapping.source() + "'");
            }
            infos.add(loadSource(mapping, s, sourceOf, ids, truths, columns, anyTruth));
        }
        Map<PersonField, String[]> values = Records.emptyValues();
        columns.forEach((field, list) -> values.put(field, list.toArray(String[]::new)));
        return new Records(infos, sourceOf.stream().mapToInt(Integer::intValue).toArray(), ids.toArray(String[]::new),
                anyTruth ? truths.toArray(String[]::new) : null, values);
    }

    private static Records.SourceInfo loadSource(SourceMapping mapping, int sourceIndex, List<Integer> sourceOf,
                                                 List<String> ids, List<String> truths,
                                                 Map<PersonField, List<String>> columns, boolean anyTruth) {
        String file = mapping.file().toString();
        List<DateTimeFormatter> formats = mapping.dateFormats().stream()
                .map(f -> DateTimeFormatter.ofPattern(f.replace("yyyy", "uuuu").replace("yy", "uu"), Locale.US)
                        .withResolverStyle(ResolverStyle.STRICT))
                .toList();
        Pattern truthPattern = mapping.truthPattern() == null ? null : Pattern.compile(mapping.truthPattern());
        int unparseable = 0;
        List<String> examples = new ArrayList<>();
        int rows = 0;
        try (Reader reader = Files.newBufferedReader(mapping.file(), StandardCharsets.UTF_8);
             CsvReader csv = new CsvReader(reader, file)) {
            String[] header = csv.next();
            if (header == null) {
                throw new LinkageException(file + " is empty: expected a header line naming the columns");
            }
            List<String> headerList = Arrays.asList(header);
            Map<PersonField, int[]> positions = new HashMap<>();
            for (Map.Entry<PersonField, List<String>> entry : mapping.fields().entrySet()) {
                positions.put(entry.getKey(), entry.getValue().stream()
                        .mapToInt(c -> column(headerList, c, "fields." + entry.getKey().jsonName(), mapping)).toArray());
            }
            int idColumn = column(headerList, mapping.recordIdColumn(), "recordId", mapping);
            int truthColumn = mapping.truthColumn() == null ? -1 : column(headerList, mapping.truthColumn(), "truth.column", mapping);
            int fullName = mapping.fullNameColumn() == null ? -1 : column(headerList, mapping.fullNameColumn(), "fullName", mapping);
            // Records are staged and only appended once the whole file has been read, so a bad row adds nothing.
            List<String[]> staged = new ArrayList<>();
            String[] row;
            while ((row = csv.next()) != null) {
                if (row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                if (row.length != header.length) {
                    throw new LinkageException(file + " line " + csv.recordLine() + ": expected " + header.length
                            + " fields as in the header, found " + row.length);
                }
                String[] record = new String[PersonField.values().length + 2];
                for (Map.Entry<PersonField, int[]> entry : positions.entrySet()) {
                    String value = join(row, entry.getValue());
                    if (entry.getKey() == PersonField.DATE_OF_BIRTH && value != null) {
                        String iso = parseDate(value, formats);
                        if (iso == null) {
                            unparseable++;
                            if (examples.size() < DATE_EXAMPLES) {
                                examples.add("line " + csv.recordLine() + ": '" + value + "'");
                            }
                        }
                        // 1 January 1900 is what systems store when the date of birth is unknown, not a date of birth.
                        value = PLACEHOLDER_DATE.equals(iso) ? null : iso;
                    }
                    record[entry.getKey().ordinal()] = value;
                }
                String address = record[PersonField.ADDRESS.ordinal()];
                if (!positions.containsKey(PersonField.POSTCODE) && address != null) {
                    // A source without a postcode column often writes it in the address; other sources compare it.
                    String[] split = Postcodes.splitFromAddress(address);
                    if (split != null) {
                        record[PersonField.ADDRESS.ordinal()] = split[0];
                        record[PersonField.POSTCODE.ordinal()] = split[1];
                    }
                }
                if (fullName >= 0 && !row[fullName].isBlank()) {
                    String[] names = FullName.split(row[fullName]);
                    record[PersonField.FORENAMES.ordinal()] = names[0];
                    record[PersonField.SURNAME.ordinal()] = names[1];
                }
                String id = row[idColumn];
                if (id.isEmpty()) {
                    throw new LinkageException(file + " line " + csv.recordLine() + ", column '" + mapping.recordIdColumn()
                            + "': the record ID is empty (expected an ID for every record)");
                }
                record[record.length - 2] = id;
                record[record.length - 1] = truthColumn < 0 ? null : truth(row[truthColumn], truthPattern);
                staged.add(record);
            }
            for (String[] record : staged) {
                sourceOf.add(sourceIndex);
                ids.add(record[record.length - 2]);
                if (anyTruth) {
                    truths.add(record[record.length - 1]);
                }
                columns.forEach((field, list) -> list.add(record[field.ordinal()]));
            }
            rows = staged.size();
        } catch (NoSuchFileException e) {
            throw new LinkageException("source '" + mapping.source() + "': the file " + file + " does not exist");
        } catch (IOException e) {
            throw new LinkageException("could not read " + file + ": " + e.getMessage(), e);
        }
        return new Records.SourceInfo(mapping.source(), mapping.duplicateFree(), rows, unparseable, List.copyOf(examples));
    }

    private static int column(List<String> header, String name, String where, SourceMapping mapping) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new LinkageException("mapping for source '" + mapping.source() + "': " + where + " names the column '"
                    + name + "', which is not in the header of " + mapping.file() + " (columns: " + String.join(", ", header) + ")");
        }
        return index;
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

    private static String parseDate(String value, List<DateTimeFormatter> formats) {
        for (DateTimeFormatter format : formats) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                // A two-digit year is read as 20yy; a date of birth in the future is 19yy.
                return (date.isAfter(LocalDate.now()) ? date.minusYears(100) : date).toString();
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static String truth(String value, Pattern pattern) {
        if (pattern == null || value.isEmpty()) {
            return value.isEmpty() ? null : value;
        }
        Matcher matcher = pattern.matcher(value);
        return matcher.find() ? (matcher.groupCount() > 0 ? matcher.group(1) : matcher.group()) : value;
    }
}
