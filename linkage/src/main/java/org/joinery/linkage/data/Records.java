package org.joinery.linkage.data;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.joinery.linkage.model.PersonField;

/**
 * Source records of one or more sources mapped to the person schema, column by column. Record {@code i} of
 * the whole set is {@code source[i]}'s record {@code recordId[i]}; values are trimmed and null when empty;
 * dates of birth are ISO {@code yyyy-MM-dd}.
 *
 * @param truth the true person of each record, or null when no source gives one
 */
public record Records(List<SourceInfo> sources, int[] source, String[] recordId, String[] truth,
                      Map<PersonField, String[]> values) {

    /** One source in the set: its name, whether it is duplicate-free, and what loading it found. */
    public record SourceInfo(String name, boolean duplicateFree, int rows, int unparseableDates, List<String> dateExamples) {
    }

    public int size() {
        return source.length;
    }

    public boolean has(PersonField field) {
        return values.containsKey(field);
    }

    public String value(PersonField field, int record) {
        String[] column = values.get(field);
        return column == null ? null : column[record];
    }

    /** The record with this source name and record ID, or -1. */
    public int find(String sourceName, String id) {
        for (int i = 0; i < size(); i++) {
            if (recordId[i].equals(id) && (sourceName == null || sources.get(source[i]).name().equals(sourceName))) {
                return i;
            }
        }
        return -1;
    }

    public String describe(int record) {
        return sources.get(source[record]).name() + ":" + recordId[record];
    }

    static Map<PersonField, String[]> emptyValues() {
        return new EnumMap<>(PersonField.class);
    }
}
