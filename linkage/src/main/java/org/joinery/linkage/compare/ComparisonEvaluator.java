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
    /** The column indexed by raw value ID, for cached levels, which depend on the two values alone. */
    private final FieldColumn values;
    private final FieldColumn other;
    private final FieldColumn second;
    private final LevelKind[] kinds;
    private final double[] parameters;
    private final int index;
    private final int swapLevel;
    private final boolean cached;
    /** The level two records with the same raw value reach, or -1 where it depends on more than that value. */
    private final int sameValueLevel;
    /**
     * The derived level {@link Comparison#otherUnknownLevel()}, just after the model's levels, or -1: training
     * counts only the model's own levels, so there such a pair falls through to the plain exact level.
     */
    private final int otherUnknownLevel;

    /**
     * @param index this comparison's position in its model, which selects its cache in a {@link PairContext}
     */
    public ComparisonEvaluator(Comparison comparison, FeatureTable table, int index) {
        this(comparison, table, index, true);
    }

    /**
     * @param cache false for columns that change (a live index): levels are then always computed from the
     *              records' features, with a {@link PairContext#withoutCache()}, and are the same levels
     */
    public ComparisonEvaluator(Comparison comparison, FeatureTable table, int index, boolean cache) {
        this(comparison, table, index, cache, true);
    }

    /**
     * @param otherUnknown whether a pair agreeing on this field with the second field missing on either side
     *                     reaches the derived level {@link Comparison#otherUnknownLevel()} (scoring), or falls
     *                     through the model's levels (training, which estimates only those)
     */
    public ComparisonEvaluator(Comparison comparison, FeatureTable table, int index, boolean cache, boolean otherUnknown) {
        this.otherUnknownLevel = otherUnknown && comparison.otherUnknownLevel().isPresent() ? comparison.levels().size() : -1;
        this.comparison = comparison;
        this.index = index;
        String usedBy = "comparison '" + comparison.name() + "'";
        this.column = table.column(comparison.field(), usedBy);
        this.other = comparison.swapWith() == null ? null : table.column(comparison.swapWith(), usedBy);
        this.second = comparison.otherField() == null ? null : table.column(comparison.otherField(), usedBy);
        this.kinds = comparison.levels().stream().map(Level::kind).toArray(LevelKind[]::new);
        this.parameters = comparison.levels().stream().mapToDouble(Level::parameter).toArray();
        for (LevelKind kind : kinds) {
            check(kind, comparison.field().type());
        }
        this.swapLevel = java.util.Arrays.asList(kinds).indexOf(LevelKind.SWAP);
        // Caching pays only where values repeat; for near-unique values (addresses) it is a wasted memory access.
        // A level that reads a second field is not a function of this field's two values, so it cannot be cached.
        this.cached = cache && second == null && (long) column.distinctValues * 4 < column.normId.length;
        this.sameValueLevel = sameValueLevel(kinds);
        this.values = cached ? column.byRawValue() : null;
    }

    /**
     * Equal raw value IDs imply equal normalised and phonetic IDs, so the first level of these kinds holds
     * without reading the records' columns, which lie far apart in memory.
     */
    private static int sameValueLevel(LevelKind[] kinds) {
        for (int level = 1; level < kinds.length; level++) {
            switch (kinds[level]) {
                case EXACT, NORMALISED_EXACT, PHONETIC, ELSE -> {
                    return level;
                }
                case NULL -> {
                    // only ever the first level
                }
                default -> {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * The level of a pair, from the context's cache when this pair of values has been seen. The level is a
     * function of the two values alone (apart from a swap level, checked separately), always computed with
     * the lower value ID first so the result never depends on which pair came first.
     */
    /** Whether this comparison keeps levels in a {@link PairContext}'s cache (values repeat often enough). */
    public boolean cached() {
        return cached;
    }

    public int level(int a, int b, PairContext context) {
        return level(a, b, column.rawId[a], column.rawId[b], context);
    }

    /**
     * As {@link #level(int, int, PairContext)}, given the records' raw value IDs {@code x} and {@code y}, which
     * the scorer reads from one row per record rather than one array per field.
     */
    public int level(int a, int b, int x, int y, PairContext context) {
        if (x < 0 || y < 0) {
            return 0;
        }
        if (x == y && sameValueLevel > 0) {
            return sameValueLevel;
        }
        if (x == y || !cached) {
            return x <= y ? level(a, b, context.scratch, false) : level(b, a, context.scratch, false);
        }
        long key = x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - PairContext.CACHE_BITS));
        long[] keys = context.keys[index];
        int level;
        if (keys[slot] == key) {
            level = context.levels[index][slot];
        } else {
            level = x < y ? level(values, x, y, context.scratch, true) : level(values, y, x, context.scratch, true);
            keys[slot] = key;
            context.levels[index][slot] = (byte) level;
        }
        if (swapLevel > 0 && level > swapLevel && swapped(a, b)) {
            return swapLevel;
        }
        return level;
    }

    /** Value IDs belong to each field's own column, so values of two fields are compared by their characters. */
    private boolean swapped(int a, int b) {
        return other.normId[a] >= 0 && other.normId[b] >= 0
                && java.util.Arrays.equals(other.chars[a], column.chars[b])
                && java.util.Arrays.equals(column.chars[a], other.chars[b]);
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

    /** The number of levels this evaluator can return: the model's, and the derived one where it has it. */
    public int levels() {
        return otherUnknownLevel > 0 ? kinds.length + 1 : kinds.length;
    }

    public int level(int a, int b, DamerauLevenshtein.Scratch scratch) {
        return level(a, b, scratch, false);
    }

    private int level(int a, int b, DamerauLevenshtein.Scratch scratch, boolean skipSwap) {
        return level(column, a, b, scratch, skipSwap);
    }

    /**
     * {@code a} and {@code b} are rows of {@code col}: records, or raw value IDs of {@link #values}, which only
     * cached levels use (they skip the swap level and have no second field, which are read by record).
     */
    private int level(FieldColumn col, int a, int b, DamerauLevenshtein.Scratch scratch, boolean skipSwap) {
        if (col.normId[a] < 0 || col.normId[b] < 0) {
            return 0;
        }
        double similarity = -1;
        double bound = -1;
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
                    if (bound < 0) {
                        bound = Similarity.jaroWinklerAtMost(col.length[a], col.characters[a], col.length[b], col.characters[b]);
                    }
                    if (bound >= parameters[level]) {
                        if (similarity < 0) {
                            similarity = JaroWinkler.similarity(col.chars[a], col.chars[b], scratch.jaroWinklerPositions());
                        }
                        if (similarity >= parameters[level]) {
                            return level;
                        }
                    }
                }
                case DAMERAU_LEVENSHTEIN -> {
                    int edits = (int) parameters[level];
                    if (Similarity.editsAtLeast(col.characters[a], col.characters[b]) <= edits
                            && DamerauLevenshtein.within(col.chars[a], col.chars[b], edits, scratch)) {
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
                    if (!skipSwap && swapped(a, b)) {
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
                case EXACT_AND_OTHER_EXACT -> {
                    if (otherUnknownLevel > 0 && col.normId[a] == col.normId[b] && (second.normId[a] < 0 || second.normId[b] < 0)) {
                        return otherUnknownLevel;
                    }
                    if (col.normId[a] == col.normId[b] && second.normId[a] >= 0 && second.normId[a] == second.normId[b]) {
                        return level;
                    }
                }
                case EXACT_AND_OTHER_NUMBERS -> {
                    if (otherUnknownLevel > 0 && col.normId[a] == col.normId[b] && (second.normId[a] < 0 || second.normId[b] < 0)) {
                        return otherUnknownLevel;
                    }
                    if (col.normId[a] == col.normId[b] && second.normId[a] >= 0 && second.normId[b] >= 0
                            && HouseNumbers.agree(second.chars[a], second.chars[b])) {
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
