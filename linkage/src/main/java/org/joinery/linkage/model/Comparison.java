package org.joinery.linkage.model;

import java.util.List;

/**
 * One comparison of a pair of records: an ordered list of levels, the first that holds wins.
 * The first level is always {@code null} (either value missing) and the last always {@code else}.
 *
 * @param swapWith for a {@code swap} level, the field whose values are swapped with {@code field}; else null
 * @param otherField for the levels that also read a second field ({@code exactAndOtherExact},
 *                   {@code exactAndOtherNumbers}), that field; else null. Evidence that is not independent
 *                   (a postcode and the address in it) belongs in one comparison, or it is counted twice.
 */
public record Comparison(String name, PersonField field, PersonField swapWith, PersonField otherField, List<Level> levels) {

    public Comparison {
        levels = List.copyOf(levels);
    }

    public Comparison(String name, PersonField field, PersonField swapWith, List<Level> levels) {
        this(name, field, swapWith, null, levels);
    }

    public Comparison withLevels(List<Level> newLevels) {
        return new Comparison(name, field, swapWith, otherField, newLevels);
    }

    /** The fields this comparison reads besides its own. */
    public java.util.stream.Stream<PersonField> secondFields() {
        return java.util.stream.Stream.of(swapWith, otherField).filter(java.util.Objects::nonNull);
    }

    /**
     * Where this field agrees exactly but the second field is missing on either side, the levels that read the
     * second field cannot be decided: the evidence is only "agrees, second field unknown", whose m and u are the
     * sums over the levels where this field agrees exactly (the marginal). Scored as one more level, after
     * {@link #levels()}; term-frequency adjusted as the plain exact level is. Empty for comparisons with no
     * level reading a second field, and until trained.
     */
    public java.util.Optional<Level> otherUnknownLevel() {
        List<Level> exact = levels.stream().filter(l -> switch (l.kind()) {
            case EXACT_AND_OTHER_EXACT, EXACT_AND_OTHER_NUMBERS, NORMALISED_EXACT -> true;
            default -> false;
        }).toList();
        if (otherField == null || !trained() || exact.stream().noneMatch(l -> l.kind() != LevelKind.NORMALISED_EXACT)) {
            return java.util.Optional.empty();
        }
        boolean termFrequency = exact.stream().anyMatch(Level::termFrequency);
        Level marginal = new Level(LevelKind.EXACT_OTHER_UNKNOWN, Double.NaN, termFrequency,
                exact.stream().mapToDouble(Level::m).sum(), exact.stream().mapToDouble(Level::u).sum());
        return java.util.Optional.of(marginal);
    }

    /** The level at {@code index} as scored: one of {@link #levels()}, or just after them {@link #otherUnknownLevel()}. */
    public Level scoredLevel(int index) {
        return index < levels.size() ? levels.get(index) : otherUnknownLevel().orElseThrow();
    }

    public boolean trained() {
        return levels.stream().skip(1).allMatch(Level::trained);
    }
}
