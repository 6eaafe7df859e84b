package org.joinery.index.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.PersonField;
import org.joinery.sources.CurrentRecord;

/**
 * Current records gathered into the engine's columnar {@link Records}: each record is named by its source's id
 * and its own id, which is how the live index reports it back.
 */
final class IndexedRecords {

    private final Map<UUID, Integer> sourceNumbers = new HashMap<>();
    private final List<Records.SourceInfo> sources = new ArrayList<>();
    private final List<Integer> source = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final Map<PersonField, List<String>> values = new EnumMap<>(PersonField.class);

    IndexedRecords() {
        for (PersonField field : PersonField.values()) {
            values.put(field, new ArrayList<>());
        }
    }

    void add(CurrentRecord record) {
        Integer number = sourceNumbers.computeIfAbsent(record.sourceId(), id -> {
            sources.add(new Records.SourceInfo(id.toString(), false, 0, 0, List.of()));
            return sources.size() - 1;
        });
        source.add(number);
        ids.add(Long.toString(record.id()));
        for (PersonField field : PersonField.values()) {
            values.get(field).add(clean(record.field(field)));
        }
    }

    int size() {
        return ids.size();
    }

    Records toRecords() {
        Map<PersonField, String[]> columns = new EnumMap<>(PersonField.class);
        values.forEach((field, list) -> columns.put(field, list.toArray(String[]::new)));
        return new Records(List.copyOf(sources), source.stream().mapToInt(Integer::intValue).toArray(),
                ids.toArray(String[]::new), null, columns);
    }

    /** As the engine's loader gives values: trimmed, and null when empty. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static Map<PersonField, String> valuesOf(CurrentRecord record) {
        Map<PersonField, String> result = new EnumMap<>(PersonField.class);
        for (PersonField field : PersonField.values()) {
            String value = clean(record.field(field));
            if (value != null) {
                result.put(field, value);
            }
        }
        return result;
    }
}
