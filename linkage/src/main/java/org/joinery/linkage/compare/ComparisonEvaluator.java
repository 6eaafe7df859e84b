package org.joinery.linkage.compare;

import org.joinery.linkage.LinkageException;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.FieldType;
import org.joinery.linkage.model.Level;
import org.joinery.linkage.model.LevelKind;

/**
 * Finds the level of one comparison for a pair of records: the first level, in order, that holds. Reads only
 * precomputed columns and allocates nothing; a similarity is computed at most once per pair however many
 * thresholds the comparison has.
 */
public final class ComparisonEvaluator {

    private final Comparison comparison;
    private final FieldColumn column;
    private final FieldColumn other;
    private final LevelKind[] kinds;
    private final double[] parameters;

    public ComparisonEvaluator(Comparison comparison, FeatureTable table) {
        this.comparison = comparison;
        String usedBy = "comparison '" + comparison.name() + "'";
        this.column = table.column(comparison.field(), usedBy);
        this.other = comparison.swapWith() == null ? null : table.column(comparison.swapWith(), usedBy);
        this.kinds = comparison.levels().stream().map(Level::kind).toArray(LevelKind[]::new);
        this.parameters = comparison.levels().stream().mapToDouble(Level::parameter).toArray();
        for (LevelKind kind : kinds) {
            check(kind, comparison.field().type());
        }
    }

    private void check(LevelKind kind, FieldType type) {
        boolean fits = switch (kind) {
            case DAY_MONTH_SWAPPED, ONE_DIGIT_OFF, WITHIN_YEARS -> type == FieldType.DATE;
            case POSTCODE_SECTOR, POSTCODE_DISTRICT -> type == FieldType.POSTCODE;
            case NICKNAME -> type == FieldType.NAME;
            default -> true;
        };
        if (!fits) {
            throw new LinkageException("comparison '" + comparison.name() + "': a " + kind.jsonName()
                    + " level cannot compare the " + type.name().toLowerCase() + " field '" + comparison.field().jsonName() + "'");
        }
    }

    public Comparison comparison() {
        return comparison;
    }

    public FieldColumn column() {
        return column;
    }

    public int levels() {
        return kinds.length;
    }

    public int level(int a, int b, DamerauLevenshtein.Scratch scratch) {
        FieldColumn col = column;
        if (col.normId[a] < 0 || col.normId[b] < 0) {
            return 0;
        }
        double similarity = -1;
        LevelKind[] k = kinds;
        for (int level = 1; level < k.length; level++) {
            switch (k[level]) {
                case EXACT -> {
                    if (col.rawId[a] == col.rawId[b]) {
                        return level;
                    }
                }
                case NORMALISED_EXACT -> {
                    if (col.normId[a] == col.normId[b]) {
                        return level;
                    }
                }
                case JARO_WINKLER -> {
                    if (similarity < 0) {
                        similarity = JaroWinkler.similarity(col.chars[a], col.chars[b]);
                    }
                    if (similarity >= parameters[level]) {
                        return level;
                    }
                }
                case DAMERAU_LEVENSHTEIN -> {
                    if (DamerauLevenshtein.within(col.chars[a], col.chars[b], (int) parameters[level], scratch)) {
                        return level;
                    }
                }
                case PHONETIC -> {
                    if (col.phoneticId[a] == col.phoneticId[b]) {
                        return level;
                    }
                }
                case NICKNAME -> {
                    if (Nicknames.share(col.nicknames[a], col.nicknames[b])) {
                        return level;
                    }
                }
                case SWAP -> {
                    int otherA = other.normId[a];
                    if (otherA >= 0 && otherA == col.normId[b] && col.normId[a] == other.normId[b]) {
                        return level;
                    }
                }
                case INITIAL -> {
                    char[] x = col.chars[a];
                    char[] y = col.chars[b];
                    if ((x.length == 1 || y.length == 1) && x[0] == y[0]) {
                        return level;
                    }
                }
                case DAY_MONTH_SWAPPED -> {
                    if (Dates.dayMonthSwapped(col.date[a], col.date[b])) {
                        return level;
                    }
                }
                case ONE_DIGIT_OFF -> {
                    if (Dates.oneDigitOff(col.date[a], col.date[b])) {
                        return level;
                    }
                }
                case WITHIN_YEARS -> {
                    if (Math.abs(col.epochDay[a] - col.epochDay[b]) <= parameters[level] * 365.25) {
                        return level;
                    }
                }
                case POSTCODE_SECTOR -> {
                    if (col.sectorId[a] >= 0 && col.sectorId[a] == col.sectorId[b]) {
                        return level;
                    }
                }
                case POSTCODE_DISTRICT -> {
                    if (col.districtId[a] >= 0 && col.districtId[a] == col.districtId[b]) {
                        return level;
                    }
                }
                case ELSE -> {
                    return level;
                }
                case NULL -> {
                    // only ever the first level
                }
            }
        }
        return k.length - 1;
    }
}
