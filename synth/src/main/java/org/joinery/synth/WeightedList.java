package org.joinery.synth;

import java.util.ArrayList;
import java.util.List;

/** Items with weights, drawn in proportion to their weight. */
final class WeightedList<T> {

    private final List<T> items = new ArrayList<>();
    private double[] cumulative = new double[0];

    WeightedList<T> add(T item, double weight) {
        items.add(item);
        double[] next = java.util.Arrays.copyOf(cumulative, cumulative.length + 1);
        next[next.length - 1] = (cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1]) + weight;
        cumulative = next;
        return this;
    }

    T draw(SplitRandom random) {
        return items.get(random.pickCumulative(cumulative));
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    List<T> items() {
        return items;
    }
}
