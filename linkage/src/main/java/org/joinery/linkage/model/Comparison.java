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

    public boolean trained() {
        return levels.stream().skip(1).allMatch(Level::trained);
    }
}
