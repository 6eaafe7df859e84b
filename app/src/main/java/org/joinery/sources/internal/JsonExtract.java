package org.joinery.sources.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records sent to the API, each an object of column name to value. The columns are every name any record uses,
 * in the order first seen; a record without a column has it empty. Record n is line n + 1, as in a CSV file.
 */
final class JsonExtract implements Extract {

    private final List<Map<String, String>> records;
    private final String[] header;

    public JsonExtract(List<Map<String, String>> records) {
        this.records = List.copyOf(records);
        Set<String> columns = new LinkedHashSet<>();
        records.forEach(record -> columns.addAll(record.keySet()));
        this.header = records.isEmpty() ? null : columns.toArray(String[]::new);
    }

    @Override
    public String[] header() {
        return header == null ? null : header.clone();
    }

    @Override
    public void forEachRow(RowVisitor visitor) {
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> record = records.get(i);
            List<String> fields = new ArrayList<>(header.length);
            for (String column : header) {
                String value = record.get(column);
                fields.add(value == null ? "" : value);
            }
            visitor.row(i + 2, i + 1, fields.toArray(String[]::new));
        }
    }
}
