package org.joinery.linking.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.PersonField;
import org.joinery.sources.CurrentRecord;
import org.joinery.sources.Source;

/**
 * Current source records gathered column by column into the engine's {@link Records}, with each record's
 * database id and a fingerprint of its fields beside it. Records arrive one at a time (a million of them are
 * never held as objects). Every source is linked as possibly holding duplicates: a source's own extract may
 * hold one resident twice.
 */
final class LinkageInput implements Consumer<CurrentRecord> {

    private final Map<UUID, Integer> sourceIndex = new HashMap<>();
    private final List<Source> sources;
    private final Map<PersonField, String[]> columns = new EnumMap<>(PersonField.class);
    private int[] source = new int[1024];
    private String[] keys = new String[1024];
    private long[] ids = new long[1024];
    private long[] hashes = new long[1024];
    private int size;

    LinkageInput(List<Source> sources) {
        this.sources = List.copyOf(sources);
        for (int s = 0; s < sources.size(); s++) {
            sourceIndex.put(sources.get(s).id(), s);
        }
    }

    @Override
    public void accept(CurrentRecord record) {
        Integer s = sourceIndex.get(record.sourceId());
        if (s == null) {
            throw new IllegalStateException("Record " + record.id() + " belongs to no registered source");
        }
        if (size == ids.length) {
            grow(size * 2);
        }
        source[size] = s;
        keys[size] = record.recordKey();
        ids[size] = record.id();
        hashes[size] = fingerprint(record.fields());
        for (PersonField field : PersonField.values()) {
            String value = record.field(field);
            if (value != null && !value.isBlank()) {
                columns.computeIfAbsent(field, f -> new String[ids.length])[size] = value.strip();
            }
        }
        size++;
    }

    private void grow(int capacity) {
        source = Arrays.copyOf(source, capacity);
        keys = Arrays.copyOf(keys, capacity);
        ids = Arrays.copyOf(ids, capacity);
        hashes = Arrays.copyOf(hashes, capacity);
        columns.replaceAll((field, column) -> Arrays.copyOf(column, capacity));
    }

    /** A 64-bit fingerprint of a record's person fields: changes when any field does. */
    static long fingerprint(String[] fields) {
        long hash = 0xcbf29ce484222325L;
        for (String field : fields) {
            String value = field == null ? "\u0000" : field;
            for (int i = 0; i < value.length(); i++) {
                hash = (hash ^ value.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1f) * 0x100000001b3L;
        }
        return hash;
    }

    /**
     * The records for the engine, with a column for every field some record has and for every field in
     * {@code alsoFields} (what a stored model compares, so it can be used even when no record has it now).
     */
    Gathered gathered(Set<PersonField> alsoFields) {
        grow(size);
        for (PersonField field : alsoFields) {
            columns.computeIfAbsent(field, f -> new String[size]);
        }
        int[] rows = new int[sources.size()];
        for (int i = 0; i < size; i++) {
            rows[source[i]]++;
        }
        List<Records.SourceInfo> infos = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            infos.add(new Records.SourceInfo(sources.get(s).name(), false, rows[s], 0, List.of()));
        }
        return new Gathered(new Records(infos, source, keys, null, new EnumMap<>(columns)), ids, hashes);
    }

    /** The engine's records, and beside record {@code i} its database id and fingerprint. */
    record Gathered(Records records, long[] recordIds, long[] fingerprints) {

        int size() {
            return recordIds.length;
        }
    }
}
