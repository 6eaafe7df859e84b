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
    public final int[] rawId;
    public final int[] normId;
    public final int[] phoneticId;
    public final char[][] chars;
    public final int[][] nicknames;
    public final float[] log2Frequency;
    public final int[] date;
    public final int[] epochDay;
    public final int[] sectorId;
    public final int[] districtId;
    /** Which characters each value holds, one bit per character modulo 64: cheap bounds on similarity. */
    public final long[] characters;
    /** Length of each normalised value, beside {@link #characters} so bounds need not reach the characters. */
    public final int[] length;
    /** How many distinct values the column holds. */
    public final int distinctValues;

    FieldColumn(PersonField field, String[] values) {
        this.field = field;
        int n = values.length;
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
        Interner raw = new Interner();
        List<Distinct> distinct = new ArrayList<>();
        Interners interners = new Interners();
        for (int i = 0; i < n; i++) {
            int id = raw.id(values[i]);
            if (id == distinct.size()) {
                distinct.add(new Distinct(field, values[i], interners));
            }
            Distinct value = id < 0 ? null : distinct.get(id);
            if (value == null || value.normId < 0) {
                rawId[i] = -1;
                normId[i] = -1;
                phoneticId[i] = -1;
                continue;
            }
            rawId[i] = type == FieldType.DATE ? value.normId : id;
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
        log2Frequency = frequencies(normId, interners.norm.size());
        distinctValues = distinct.size();
    }

    /** The interners shared by all distinct values of one column. */
    private static final class Interners {
        final Interner norm = new Interner();
        final Interner phonetic = new Interner();
        final Interner parts = new Interner();
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
        private final Map<String, Integer> ids = new HashMap<>();

        int id(String value) {
            if (value == null) {
                return -1;
            }
            Integer id = ids.get(value);
            if (id == null) {
                id = ids.size();
                ids.put(value, id);
            }
            return id;
        }

        int size() {
            return ids.size();
        }
    }
}
