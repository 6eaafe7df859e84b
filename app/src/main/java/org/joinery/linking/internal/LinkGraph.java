package org.joinery.linking.internal;

import java.util.ArrayList;
import java.util.List;
import org.joinery.linkage.predict.ScoredPairs;

/**
 * The scored pairs of a run as each record's neighbours (compressed rows), so that the strongest pair between
 * one group of records and another can be found from the group's records alone, to explain a merge or split.
 */
final class LinkGraph {

    private final int[] start;
    private final int[] neighbour;
    private final float[] weight;

    LinkGraph(ScoredPairs pairs, int records) {
        start = new int[records + 1];
        for (int p = 0; p < pairs.size(); p++) {
            start[pairs.left(p) + 1]++;
            start[pairs.right(p) + 1]++;
        }
        for (int i = 0; i < records; i++) {
            start[i + 1] += start[i];
        }
        int[] next = java.util.Arrays.copyOf(start, records);
        neighbour = new int[start[records]];
        weight = new float[start[records]];
        for (int p = 0; p < pairs.size(); p++) {
            int a = pairs.left(p);
            int b = pairs.right(p);
            neighbour[next[a]] = b;
            weight[next[a]++] = (float) pairs.weight(p);
            neighbour[next[b]] = a;
            weight[next[b]++] = (float) pairs.weight(p);
        }
    }

    /** Records that pass a test. */
    interface RecordTest {
        boolean test(int record);
    }

    /** The strongest pair from one of {@code from} to a record passing {@code to}, or null when none was kept. */
    Link strongest(int[] from, RecordTest to) {
        Link best = null;
        for (int a : from) {
            for (int k = start[a]; k < start[a + 1]; k++) {
                if ((best == null || weight[k] > best.weight()) && to.test(neighbour[k])) {
                    best = new Link(a, neighbour[k], weight[k]);
                }
            }
        }
        return best;
    }

    /** Receives one neighbour of a record and the weight of their pair. */
    interface LinkVisitor {
        void visit(int other, double weight);
    }

    void forEachLink(int record, LinkVisitor visitor) {
        for (int k = start[record]; k < start[record + 1]; k++) {
            visitor.visit(neighbour[k], weight[k]);
        }
    }

    /**
     * The database ids of the records at these positions and at both ends of each link (a null link: none): what
     * a change in a person's history is about.
     */
    static List<Long> about(long[] recordIds, int[] positions, Link... links) {
        List<Long> about = new ArrayList<>();
        for (int position : positions) {
            about.add(recordIds[position]);
        }
        for (Link link : links) {
            if (link != null) {
                about.add(recordIds[link.from()]);
                about.add(recordIds[link.to()]);
            }
        }
        return about;
    }

    /** A scored pair of two records (engine indexes). */
    record Link(int from, int to, double weight) {
    }
}
