package org.joinery.linkage.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.joinery.linkage.LinkageException;
import tools.jackson.databind.JsonNode;

/**
 * How one source's extract maps to the common person schema: which columns (joined with a space when several)
 * give each person field, which column is the record ID, how dates are written, and optionally the truth.
 *
 * @param file the extract, resolved against the mapping file's folder; null when the mapping names no file (a
 *     source registered in the application, whose extracts arrive as uploads)
 * @param duplicateFree whether the source is known to hold each person at most once
 * @param truthPattern a regular expression whose first group extracts the truth from the truth column, or null
 * @param fullNameColumn a column holding the whole name ("Forenames Surname" or "SURNAME, Forenames"), which
 *     gives forenames and surname, or null
 */
public record SourceMapping(String source, Path file, boolean duplicateFree, String recordIdColumn,
                            Map<PersonField, List<String>> fields, List<String> dateFormats,
                            String truthColumn, String truthPattern, String fullNameColumn) {

    public SourceMapping {
        fields = Map.copyOf(fields);
        dateFormats = List.copyOf(dateFormats);
    }

    public static SourceMapping load(Path mappingFile) {
        return load(mappingFile, null);
    }

    /**
     * @param dataFolder the folder the mapping's file is in, or null for the mapping file's own folder
     */
    public static SourceMapping load(Path mappingFile, Path dataFolder) {
        try {
            String json = Files.readString(mappingFile, StandardCharsets.UTF_8);
            Path folder = dataFolder != null ? dataFolder : mappingFile.toAbsolutePath().getParent();
            return read(json, mappingFile.toString(), folder);
        } catch (IOException e) {
            throw new LinkageException("could not read the mapping file " + mappingFile + ": " + e.getMessage(), e);
        }
    }

    /** The keys a mapping may have: any other is refused, so a misspelt key is not silently ignored. */
    static final List<String> KEYS = List.of("version", "source", "file", "duplicateFree", "recordId", "fields",
            "dateFormats", "truth", "fullName");

    // A date every accepted format must write and read back: it tells a format of a whole date from one that
    // lacks the year, month or day, or writes a time.
    private static final LocalDate SAMPLE_DATE = LocalDate.of(2004, 11, 23);

    /**
     * Reads and checks a mapping: every problem a user can fix (wrong type, misspelt key, blank column, date
     * format or truth pattern that cannot be used) is an {@link InvalidModelException} naming its path.
     *
     * @param folder the folder to resolve the mapping's file against, or null to ignore the file
     */
    public static SourceMapping read(String json, String document, Path folder) {
        JsonFields in = new JsonFields("mapping " + document);
        JsonNode root = in.parse(json);
        for (String key : root.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw new InvalidModelException("mapping " + document + ": " + InvalidModelException.quoted(key)
                        + " is not a key of a mapping (" + String.join(", ", KEYS) + ")");
            }
        }
        double version = in.optionalNumber(root, "", "version", 1);
        if (version != Math.rint(version) || version < 1) {
            throw in.fail("version", "a whole number from 1 to " + Model.FORMAT_VERSION);
        }
        if (version > Model.FORMAT_VERSION) {
            throw new InvalidModelException("mapping " + document + " is from a newer version of Joinery (format "
                    + InvalidModelException.quoted(root.get("version").asString()) + "); upgrade Joinery to use it");
        }
        JsonNode fieldsNode = in.required(root, "", "fields");
        if (!fieldsNode.isObject()) {
            throw in.fail("fields", "an object of person field to column name(s), like {\"surname\": \"last_name\"}");
        }
        Map<PersonField, List<String>> fields = new EnumMap<>(PersonField.class);
        for (String name : fieldsNode.propertyNames()) {
            PersonField field = PersonField.named(name).orElseThrow(() -> new InvalidModelException("mapping "
                    + document + ": fields." + (name.matches("\\w{1,40}") ? name : InvalidModelException.quoted(name))
                    + " is not a field of the person schema (" + PersonField.allNames() + ")"));
            List<String> columns = in.strings(fieldsNode, "fields", name);
            if (columns.isEmpty() || columns.stream().anyMatch(String::isBlank)) {
                throw in.fail("fields." + name, "a column name or a list of column names, none of them blank");
            }
            fields.put(field, columns);
        }
        String source = in.string(root, "", "source");
        if (source.isBlank()) {
            throw in.fail("source", "the source's name");
        }
        String recordId = column(in, root, "", "recordId");
        String fullName = root.hasNonNull("fullName") ? column(in, root, "", "fullName") : null;
        if (fields.isEmpty() && fullName == null) {
            throw in.fail("fields", "an object naming the column of at least one person field");
        }
        JsonNode truth = root.get("truth");
        String truthColumn = null;
        String truthPattern = null;
        if (truth != null && !truth.isNull()) {
            if (!truth.isObject()) {
                throw in.fail("truth", "an object with a \"column\" and optionally a \"pattern\"");
            }
            truthColumn = column(in, truth, "truth", "column");
            truthPattern = in.optionalString(truth, "truth", "pattern", null);
            checkPattern(in, truthPattern);
        }
        List<String> dateFormats = in.strings(root, "", "dateFormats");
        for (int i = 0; i < dateFormats.size(); i++) {
            checkDateFormat(in, "dateFormats" + (root.get("dateFormats").isArray() ? "[" + i + "]" : ""), dateFormats.get(i));
        }
        String file = in.optionalString(root, "file", null);
        return new SourceMapping(source, file == null || folder == null ? null : resolve(in, folder, file),
                in.optionalBoolean(root, "", "duplicateFree", false), recordId, fields,
                dateFormats.isEmpty() ? List.of("yyyy-MM-dd") : dateFormats, truthColumn, truthPattern, fullName);
    }

    /**
     * The formatter of a mapping's date format: {@code yyyy} and {@code yy} are years of the proleptic calendar
     * ({@code uuuu}, {@code uu}), so strict resolving reads them without an era.
     *
     * @throws IllegalArgumentException when the pattern is not a date format (a mapping read by {@link #read}
     *     never has one)
     */
    public static DateTimeFormatter dateFormatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"), Locale.US)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static Path resolve(JsonFields in, Path folder, String file) {
        try {
            return folder.resolve(file);
        } catch (InvalidPathException e) {
            throw in.fail("file", "the name of a file beside the mapping (" + e.getReason() + ")");
        }
    }

    private static String column(JsonFields in, JsonNode parent, String path, String name) {
        String column = in.string(parent, path, name);
        if (column.isBlank()) {
            throw in.fail(JsonFields.join(path, name), "a column name, not blank");
        }
        return column;
    }

    private static void checkPattern(JsonFields in, String pattern) {
        if (pattern == null) {
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw in.fail("truth.pattern", "a regular expression (" + e.getDescription() + " at index " + e.getIndex() + ")");
        }
    }

    private static void checkDateFormat(JsonFields in, String path, String pattern) {
        String whole = "a date format with the year, month and day, like dd/MM/yyyy, not " + InvalidModelException.quoted(pattern);
        if (pattern.isBlank()) {
            throw in.fail(path, whole);
        }
        try {
            DateTimeFormatter format = dateFormatter(pattern);
            if (!LocalDate.parse(SAMPLE_DATE.format(format), format).equals(SAMPLE_DATE)) {
                throw in.fail(path, whole);
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw in.fail(path, whole + " (" + InvalidModelException.quoted(String.valueOf(e.getMessage())) + ")");
        }
    }
}
