package org.joinery.linkage.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joinery.linkage.model.FieldType;
import org.joinery.linkage.model.PersonField;

/**
 * Everything the comparisons need about one person field of every record, computed once before any pair is
 * scored: interned IDs of the raw and normalised values (-1 = missing), phonetic codes, the normalised
 * characters, nickname groups, parsed dates, postcode sectors and districts, and the log2 term frequency.
 * Features are computed once per distinct value, since names, dates and postcodes repeat.
 */
public final class FieldColumn {

    public final PersonField field;
    // Not final: a live column (see {@link #live}) grows its arrays as records are added.
    public int[] rawId;
    public int[] normId;
    public int[] phoneticId;
    public char[][] chars;
    public int[][] nicknames;
    public float[] log2Frequency;
    public int[] date;
    public int[] epochDay;
    public int[] sectorId;
    public int[] districtId;
    /** Which characters each value holds, one bit per character modulo 64: cheap bounds on similarity. */
    public long[] characters;
    /** Length of each normalised value, beside {@link #characters} so bounds need not reach the characters. */
    public int[] length;
    /** How many distinct values the column holds. */
    public final int distinctValues;

    /** Kept by a live column only, so a value added later or a query gets the IDs a batch build would give. */
    private Interner raw;
    private Interners interners;
    /** Records holding each normalised value, and records holding any value: term frequencies of a live column. */
    private int[] counts;
    private int present;

    FieldColumn(PersonField field, String[] values) {
        this(field, values, false);
    }

    private FieldColumn(PersonField field, String[] values, boolean live) {
        this.field = field;
        int n = values.length;
        FieldType type = field.type();
        allocate(n);
        Interner raw = new Interner();
        List<Distinct> distinct = new ArrayList<>();
        Interners interners = new Interners();
        for (int i = 0; i < n; i++) {
            int id = raw.id(values[i]);
            if (id == distinct.size()) {
                distinct.add(new Distinct(field, values[i], interners));
            }
            set(i, id < 0 ? null : distinct.get(id), type == FieldType.DATE || id < 0 ? -1 : id);
        }
        log2Frequency = frequencies(normId, interners.norm.size());
        distinctValues = distinct.size();
        if (live) {
            this.raw = raw;
            this.interners = interners;
            this.counts = new int[Math.max(16, interners.norm.size())];
            for (int i = 0; i < n; i++) {
                count(i, 1);
            }
        }
    }

    /**
     * A column that can grow, for a live index: it keeps its interners, so a value added later, or a query
     * compared with the records, gets exactly the features a batch build over the same values would give.
     */
    public static FieldColumn live(PersonField field, String[] values) {
        return new FieldColumn(field, values, true);
    }

    private void allocate(int n) {
        FieldType type = field.type();
        rawId = new int[n];
        normId = new int[n];
        phoneticId = new int[n];
        chars = new char[n][];
        characters = new long[n];
        length = new int[n];
        nicknames = type == FieldType.NAME ? new int[n][] : null;
        date = type == FieldType.DATE ? new int[n] : null;
        epochDay = type == FieldType.DATE ? new int[n] : null;
        sectorId = type == FieldType.POSTCODE ? new int[n] : null;
        districtId = type == FieldType.POSTCODE ? new int[n] : null;
    }

    /** Sets row {@code i} to a value's features; {@code rawValueId} -1 means "the normalised ID" (dates). */
    private void set(int i, Distinct value, int rawValueId) {
        if (value == null || value.normId < 0) {
            rawId[i] = -1;
            normId[i] = -1;
            phoneticId[i] = -1;
            chars[i] = null;
            characters[i] = 0;
            length[i] = 0;
            if (raw == null) {
                return;
            }
            // a live column reuses rows (queries, removed records): nothing of an earlier value may remain
            if (nicknames != null) {
                nicknames[i] = null;
            }
            if (date != null) {
                date[i] = 0;
                epochDay[i] = 0;
            }
            if (sectorId != null) {
                sectorId[i] = -1;
                districtId[i] = -1;
            }
            return;
        }
        rawId[i] = rawValueId < 0 ? value.normId : rawValueId;
        normId[i] = value.normId;
        phoneticId[i] = value.phoneticId;
        chars[i] = value.chars;
        characters[i] = value.characters;
        length[i] = value.chars.length;
        if (nicknames != null) {
            nicknames[i] = value.nicknames;
        }
        if (date != null) {
            date[i] = value.date;
            epochDay[i] = value.epochDay;
        }
        if (sectorId != null) {
            sectorId[i] = value.sectorId;
            districtId[i] = value.districtId;
        }
    }

    /** Rows the arrays hold. */
    public int capacity() {
        return rawId.length;
    }

    /** Grows a live column's arrays to at least {@code rows} rows (the caller holds the index's write lock). */
    public void ensureCapacity(int rows) {
        if (rows <= rawId.length) {
            return;
        }
        int n = Math.max(rows, rawId.length + (rawId.length >> 1) + 16);
        rawId = grown(rawId, n);
        normId = grown(normId, n);
        phoneticId = grown(phoneticId, n);
        chars = java.util.Arrays.copyOf(chars, n);
        characters = java.util.Arrays.copyOf(characters, n);
        length = java.util.Arrays.copyOf(length, n);
        log2Frequency = java.util.Arrays.copyOf(log2Frequency, n);
        nicknames = nicknames == null ? null : java.util.Arrays.copyOf(nicknames, n);
        date = date == null ? null : java.util.Arrays.copyOf(date, n);
        epochDay = epochDay == null ? null : java.util.Arrays.copyOf(epochDay, n);
        sectorId = sectorId == null ? null : java.util.Arrays.copyOf(sectorId, n);
        districtId = districtId == null ? null : java.util.Arrays.copyOf(districtId, n);
    }

    /** New rows hold no value (-1), not the value with ID 0. */
    private static int[] grown(int[] ids, int n) {
        int old = ids.length;
        int[] result = java.util.Arrays.copyOf(ids, n);
        java.util.Arrays.fill(result, old, n, -1);
        return result;
    }

    /** Puts a record's value in row {@code i} of a live column, counting it for term frequencies. */
    public void put(int i, String value) {
        requireLive();
        count(i, -1);
        int id = raw.id(value);
        Distinct features = id < 0 ? null : new Distinct(field, value, interners);
        set(i, features, field.type() == FieldType.DATE || id < 0 ? -1 : id);
        if (normId[i] >= counts.length) {
            counts = java.util.Arrays.copyOf(counts, Math.max(normId[i] + 1, counts.length * 2));
        }
        count(i, 1);
    }

    /**
     * Puts a query's value in row {@code i} without learning it: a value no record holds gets IDs no record
     * has, so it reaches only the levels its characters earn. Safe alongside other readers of the column.
     */
    public void putQuery(int i, String value) {
        requireLive();
        Distinct features = value == null ? null : new Distinct(field, value, interners.readOnly());
        Integer id = value == null ? null : raw.find(value);
        set(i, features, field.type() == FieldType.DATE ? -1 : id == null ? Interner.UNSEEN : id);
    }

    /**
     * The log2 share of the records holding row {@code i}'s normalised value, now: the frequency a batch
     * build over the current records would give (0 when no record holds it).
     */
    public float currentLog2Frequency(int i) {
        int id = normId[i];
        int count = id >= 0 && id < counts.length ? counts[id] : 0;
        return count == 0 ? 0f : (float) (Math.log((double) count / present) / Math.log(2));
    }

    private void count(int i, int delta) {
        if (normId[i] >= 0 && normId[i] < counts.length) {
            counts[normId[i]] += delta;
            present += delta;
        }
    }

    private void requireLive() {
        if (raw == null) {
            throw new IllegalStateException("only a live column (FieldColumn.live) takes values after it is built");
        }
    }

    /** The interners shared by all distinct values of one column. */
    private static final class Interners {
        final Interner norm;
        final Interner phonetic;
        final Interner parts;

        Interners() {
            this(new Interner(), new Interner(), new Interner());
        }

        private Interners(Interner norm, Interner phonetic, Interner parts) {
            this.norm = norm;
            this.phonetic = phonetic;
            this.parts = parts;
        }

        /** The same IDs, for reading only: unknown values get {@link Interner#UNSEEN}. */
        Interners readOnly() {
            return new Interners(norm.readOnly(), phonetic.readOnly(), parts.readOnly());
        }
    }

    /** The features of one distinct value. */
    private static final class Distinct {
        final int normId;
        int phoneticId;
        char[] chars;
        long characters;
        int[] nicknames;
        int date;
        int epochDay;
        int sectorId;
        int districtId;

        Distinct(PersonField field, String value, Interners interners) {
            FieldType type = field.type();
            // Sources differ in whether they keep middle names, so forenames compare by the first given name.
            String normalised = normalise(type, field == PersonField.FORENAMES && value != null ? firstWord(value) : value);
            if (field == PersonField.SEX && normalised != null) {
                // "Female", "F" and "f" are one value.
                normalised = normalised.substring(0, 1);
            }
            normId = interners.norm.id(normalised);
            if (normalised == null) {
                return;
            }
            chars = normalised.toCharArray();
            phoneticId = interners.phonetic.id(type == FieldType.NAME ? Phonetic.key(normalised) : normalised);
            if (type == FieldType.NAME) {
                nicknames = nicknameGroups(Nicknames.standard(), normalised, value);
            }
            if (type == FieldType.DATE) {
                date = Dates.fromIso(value);
                epochDay = Dates.epochDay(date);
                chars = Integer.toString(date).toCharArray();
            }
            if (type == FieldType.POSTCODE) {
                sectorId = interners.parts.id(Postcodes.sector(value));
                districtId = interners.parts.id(Postcodes.district(value));
            }
            characters = Similarity.characterSet(chars);
        }
    }

    private static String firstWord(String value) {
        String trimmed = value.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static String normalise(FieldType type, String value) {
        return switch (type) {
            case NAME, CODE -> Normaliser.compact(value);
            case TEXT -> Normaliser.words(value);
            case DATE -> value;
            case POSTCODE -> Postcodes.full(value);
        };
    }

    private static int[] nicknameGroups(Nicknames names, String normalised, String value) {
        int[] groups = names.groups(normalised);
        if (groups == null) {
            // "Mary-Ann" or "John Paul": try the first given name.
            String first = Normaliser.compact(value.trim().split("[\\s-]+")[0]);
            groups = names.groups(first);
        }
        return groups;
    }

    private static float[] frequencies(int[] ids, int distinct) {
        int[] counts = new int[distinct];
        int present = 0;
        for (int id : ids) {
            if (id >= 0) {
                counts[id]++;
                present++;
            }
        }
        float[] result = new float[ids.length];
        double log2 = Math.log(2);
        for (int i = 0; i < ids.length; i++) {
            result[i] = ids[i] < 0 ? 0f : (float) (Math.log((double) counts[ids[i]] / present) / log2);
        }
        return result;
    }

    /**
     * The same features indexed by raw value ID instead of by record: records with one raw value share every
     * feature, and a level computed from the distinct values reads a few thousand rows that stay in cache
     * rather than two rows anywhere among a million records.
     */
    FieldColumn byRawValue() {
        int values = 0;
        for (int id : rawId) {
            values = Math.max(values, id + 1);
        }
        int[] first = new int[values];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < rawId.length; i++) {
            if (rawId[i] >= 0 && first[rawId[i]] < 0) {
                first[rawId[i]] = i;
            }
        }
        return new FieldColumn(this, first);
    }

    private FieldColumn(FieldColumn records, int[] first) {
        field = records.field;
        distinctValues = records.distinctValues;
        rawId = gather(records.rawId, first, -1);
        normId = gather(records.normId, first, -1);
        phoneticId = gather(records.phoneticId, first, -1);
        chars = gather(records.chars, first, new char[first.length][]);
        characters = new long[first.length];
        length = gather(records.length, first, 0);
        nicknames = records.nicknames == null ? null : gather(records.nicknames, first, new int[first.length][]);
        date = records.date == null ? null : gather(records.date, first, 0);
        epochDay = records.epochDay == null ? null : gather(records.epochDay, first, 0);
        sectorId = records.sectorId == null ? null : gather(records.sectorId, first, -1);
        districtId = records.districtId == null ? null : gather(records.districtId, first, -1);
        log2Frequency = new float[first.length];
        for (int v = 0; v < first.length; v++) {
            if (first[v] >= 0) {
                characters[v] = records.characters[first[v]];
                log2Frequency[v] = records.log2Frequency[first[v]];
            }
        }
    }

    private static int[] gather(int[] column, int[] first, int missing) {
        int[] result = new int[first.length];
        for (int v = 0; v < first.length; v++) {
            result[v] = first[v] < 0 ? missing : column[first[v]];
        }
        return result;
    }

    private static <T> T[] gather(T[] column, int[] first, T[] result) {
        for (int v = 0; v < first.length; v++) {
            result[v] = first[v] < 0 ? null : column[first[v]];
        }
        return result;
    }

    public boolean isNull(int record) {
        return normId[record] < 0;
    }

    /** Gives each distinct string a small integer ID; null gets -1. */
    static final class Interner {
        /** The ID of a value a read-only interner has never seen: no record holds it, so it equals no record's. */
        static final int UNSEEN = Integer.MAX_VALUE;

        private final Map<String, Integer> ids;
        private final boolean readOnly;

        Interner() {
            this(new HashMap<>(), false);
        }

        private Interner(Map<String, Integer> ids, boolean readOnly) {
            this.ids = ids;
            this.readOnly = readOnly;
        }

        Interner readOnly() {
            return new Interner(ids, true);
        }

        int id(String value) {
            if (value == null) {
                return -1;
            }
            Integer id = ids.get(value);
            if (id == null) {
                if (readOnly) {
                    return UNSEEN;
                }
                id = ids.size();
                ids.put(value, id);
            }
            return id;
        }

        /** The value's ID, or null when it has none; never adds one. */
        Integer find(String value) {
            return ids.get(value);
        }

        int size() {
            return ids.size();
        }
    }
}
