package org.joinery.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The declared names of one open vocabulary (data categories, purposes, roles): one name is one instance, in
 * the order of declaration, so {@code ==} compares as with an enum and a stored name reads back as the same value.
 */
final class Vocabulary<T> {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final String what;
    private final BiFunction<String, Integer, T> make;
    private final Map<String, T> known = new LinkedHashMap<>();

    /** @param make makes the value of a name, given its place in the order of declaration */
    Vocabulary(String what, BiFunction<String, Integer, T> make) {
        this.what = what;
        this.make = make;
    }

    /** The value of this name (upper case, digits and underscores), declared on first use. */
    synchronized T of(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a " + what + " name: " + name);
        }
        return known.computeIfAbsent(name, n -> make.apply(n, known.size()));
    }

    /** The value of this name if one is declared; never declares one (for names that come from a form). */
    synchronized Optional<T> find(String name) {
        return Optional.ofNullable(known.get(name));
    }

    synchronized List<T> values() {
        return List.copyOf(known.values());
    }
}
