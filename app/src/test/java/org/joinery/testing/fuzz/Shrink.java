package org.joinery.testing.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * How to make a failing case smaller: the candidates, smallest first, each a little simpler than the case. The
 * runner keeps the first candidate that still fails and asks again, so a 5,000-character input that breaks a
 * parser ends as the few characters that matter.
 */
@FunctionalInterface
public interface Shrink<T> {

    Stream<T> candidates(T value);

    static <T> Shrink<T> none() {
        return value -> Stream.empty();
    }

    /** Text: empty, then halves, then without one chunk (large chunks first), then each character made plain. */
    static Shrink<String> text() {
        return value -> {
            int length = value.length();
            if (length == 0) {
                return Stream.empty();
            }
            Stream<String> cuts = IntStream.iterate(length / 2, size -> size > 0, size -> size / 2).boxed()
                    .flatMap(size -> IntStream.iterate(0, start -> start < length, start -> start + size)
                            .mapToObj(start -> value.substring(0, start) + value.substring(Math.min(length, start + size))));
            Stream<String> plainer = IntStream.range(0, Math.min(length, 200)).filter(i -> value.charAt(i) != 'a')
                    .mapToObj(i -> value.substring(0, i) + 'a' + value.substring(i + 1));
            return Stream.concat(Stream.of(""), Stream.concat(cuts, plainer)).filter(s -> !s.equals(value));
        };
    }

    /** Bytes, shrunk as text is: fewer bytes first. */
    static Shrink<byte[]> bytes() {
        return value -> IntStream.iterate(value.length / 2, size -> size > 0, size -> size / 2).boxed()
                .flatMap(size -> IntStream.iterate(0, start -> start < value.length, start -> start + size).mapToObj(start -> {
                    byte[] cut = new byte[value.length - Math.min(size, value.length - start)];
                    System.arraycopy(value, 0, cut, 0, start);
                    System.arraycopy(value, Math.min(value.length, start + size), cut, start, cut.length - start);
                    return cut;
                }));
    }

    /** A list: without each element (from the end), then with each element shrunk. */
    static <T> Shrink<List<T>> list(Shrink<T> element) {
        return value -> {
            Stream<List<T>> fewer = IntStream.range(0, value.size()).map(i -> value.size() - 1 - i).mapToObj(i -> {
                List<T> copy = new ArrayList<>(value);
                copy.remove(i);
                return copy;
            });
            Stream<List<T>> simpler = IntStream.range(0, value.size()).boxed().flatMap(i -> element.candidates(value.get(i))
                    .map(smaller -> {
                        List<T> copy = new ArrayList<>(value);
                        copy.set(i, smaller);
                        return copy;
                    }));
            return Stream.concat(fewer, simpler);
        };
    }

    /** Form fields (name and value): each value shrunk, names kept. */
    static Shrink<List<Map.Entry<String, String>>> fields() {
        return list(field -> text().candidates(field.getValue()).map(value -> Map.entry(field.getKey(), value)));
    }

    /** A record of several parts: shrink one part at a time, rebuilding the record around it. */
    @SafeVarargs
    static <T> Shrink<T> parts(Function<T, Stream<T>>... parts) {
        return value -> Arrays.stream(parts).flatMap(part -> part.apply(value));
    }
}
