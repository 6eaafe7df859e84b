package org.joinery.linkage.compare;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.PersonField;

/** The per-record features of every field a model uses, built in parallel, one column per field. */
public final class FeatureTable {

    private final Records records;
    private final Map<PersonField, FieldColumn> columns;

    private FeatureTable(Records records, Map<PersonField, FieldColumn> columns) {
        this.records = records;
        this.columns = columns;
    }

    public static FeatureTable build(Records records, Set<PersonField> fields) {
        return build(records, fields, FieldColumn::new);
    }

    private static FeatureTable build(Records records, Set<PersonField> fields,
                                      java.util.function.BiFunction<PersonField, String[], FieldColumn> newColumn) {
        Map<PersonField, FieldColumn> columns = new EnumMap<>(PersonField.class);
        fields.parallelStream()
                .filter(records::has)
                .map(field -> newColumn.apply(field, records.values().get(field)))
                .toList()
                .forEach(column -> columns.put(column.field, column));
        return new FeatureTable(records, columns);
    }

    /**
     * A table whose columns can grow and take queries ({@link FieldColumn#live}), for a live index; its
     * {@link #records()} are the records it was built from, not those added later.
     */
    public static FeatureTable live(Records records, Set<PersonField> fields) {
        return build(records, fields, FieldColumn::live);
    }

    /** The columns, by field. */
    public Map<PersonField, FieldColumn> columns() {
        return java.util.Collections.unmodifiableMap(columns);
    }

    public Records records() {
        return records;
    }

    public int size() {
        return records.size();
    }

    public boolean has(PersonField field) {
        return columns.containsKey(field);
    }

    /** The column of a field, or a clear error when no source maps it. */
    public FieldColumn column(PersonField field, String usedBy) {
        FieldColumn column = columns.get(field);
        if (column == null) {
            throw new LinkageException(usedBy + " uses the field '" + field.jsonName()
                    + "', but no source maps it; map a column to it or remove it from the model");
        }
        return column;
    }
}
