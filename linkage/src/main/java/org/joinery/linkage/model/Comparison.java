package org.joinery.linkage.model;

import java.util.List;

/**
 * One comparison of a pair of records: an ordered list of levels, the first that holds wins.
 * The first level is always {@code null} (either value missing) and the last always {@code else}.
 *
 * @param swapWith for a {@code swap} level, the field whose values are swapped with {@code field}; else null
 */
public record Comparison(String name, PersonField field, PersonField swapWith, List<Level> levels) {

    public Comparison {
        levels = List.copyOf(levels);
    }

    public Comparison withLevels(List<Level> newLevels) {
        return new Comparison(name, field, swapWith, newLevels);
    }

    public boolean trained() {
        return levels.stream().skip(1).allMatch(Level::trained);
    }
}
