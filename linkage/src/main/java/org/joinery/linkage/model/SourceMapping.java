package org.joinery.linkage.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** @param folder the folder to resolve the mapping's file against, or null to ignore the file */
    public static SourceMapping read(String json, String document, Path folder) {
        JsonFields in = new JsonFields("mapping " + document);
        JsonNode root = in.parse(json);
        int version = (int) in.optionalNumber(root, "", "version", 1);
        if (version > Model.FORMAT_VERSION) {
            throw new InvalidModelException("mapping " + document + " is from a newer version of Joinery (format "
                    + version + "); upgrade Joinery to use it");
        }
        JsonNode fieldsNode = in.required(root, "", "fields");
        Map<PersonField, List<String>> fields = new EnumMap<>(PersonField.class);
        for (String name : fieldsNode.propertyNames()) {
            PersonField field = PersonField.named(name).orElseThrow(() -> new InvalidModelException("mapping "
                    + document + ": fields." + name + " is not a field of the person schema (" + PersonField.allNames() + ")"));
            List<String> columns = in.strings(fieldsNode, "fields", name);
            if (columns.isEmpty()) {
                throw in.fail("fields." + name, "a column name or a list of column names");
            }
            fields.put(field, columns);
        }
        JsonNode truth = root.get("truth");
        String truthColumn = truth == null ? null : in.string(truth, "truth", "column");
        String truthPattern = truth == null ? null : in.optionalString(truth, "pattern", null);
        String file = in.optionalString(root, "file", null);
        return new SourceMapping(in.string(root, "", "source"), file == null || folder == null ? null : folder.resolve(file),
                in.optionalBoolean(root, "", "duplicateFree", false), in.string(root, "", "recordId"), fields,
                in.strings(root, "", "dateFormats").isEmpty() ? List.of("yyyy-MM-dd") : in.strings(root, "", "dateFormats"),
                truthColumn, truthPattern, in.optionalString(root, "fullName", null));
    }
}
