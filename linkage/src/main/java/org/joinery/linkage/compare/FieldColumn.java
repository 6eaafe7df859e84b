package org.joinery.linkage.compare;

import java.util.HashMap;
import java.util.Map;
import org.joinery.linkage.model.FieldType;
import org.joinery.linkage.model.PersonField;

/**
 * Everything the comparisons need about one person field of every record, computed once before any pair is
 * scored: interned IDs of the raw and normalised values (-1 = missing), phonetic codes, the normalised
 * characters, nickname groups, parsed dates, postcode sectors and districts, and the log2 term frequency.
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

    FieldColumn(PersonField field, String[] values) {
        this.field = field;
        int n = values.length;
        FieldType type = field.type();
        Interner raw = new Interner();
        Interner norm = new Interner();
        Interner phonetic = new Interner();
        Interner parts = new Interner();
        rawId = new int[n];
        normId = new int[n];
        phoneticId = new int[n];
        chars = new char[n][];
        nicknames = type == FieldType.NAME ? new int[n][] : null;
        date = type == FieldType.DATE ? new int[n] : null;
        epochDay = type == FieldType.DATE ? new int[n] : null;
        sectorId = type == FieldType.POSTCODE ? new int[n] : null;
        districtId = type == FieldType.POSTCODE ? new int[n] : null;
        Nicknames names = Nicknames.standard();
        for (int i = 0; i < n; i++) {
            String value = values[i];
            String normalised = normalise(type, value);
            normId[i] = norm.id(normalised);
            rawId[i] = type == FieldType.DATE ? normId[i] : raw.id(normalised == null ? null : value);
            chars[i] = normalised == null ? null : normalised.toCharArray();
            phoneticId[i] = phonetic.id(type == FieldType.NAME ? Phonetic.key(normalised) : normalised);
            if (nicknames != null) {
                nicknames[i] = nicknameGroups(names, normalised, value);
            }
            if (date != null) {
                date[i] = Dates.fromIso(value);
                epochDay[i] = value == null ? 0 : Dates.epochDay(date[i]);
                if (normalised != null) {
                    chars[i] = Integer.toString(date[i]).toCharArray();
                }
            }
            if (sectorId != null) {
                sectorId[i] = parts.id(Postcodes.sector(value));
                districtId[i] = parts.id(Postcodes.district(value));
            }
        }
        log2Frequency = frequencies(normId, norm.size());
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
        if (groups == null && normalised != null) {
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
