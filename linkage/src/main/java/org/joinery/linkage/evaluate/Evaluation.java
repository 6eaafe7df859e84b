package org.joinery.linkage.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.predict.Clusterer;
import org.joinery.linkage.predict.ScoredPairs;
import org.joinery.linkage.predict.Scorer;

/**
 * Measures a linkage against the truth: pairwise precision, recall and F1 of the scored pairs at a threshold,
 * the same for the pairs implied by the clusters, B-cubed cluster precision, recall and F1, a threshold sweep,
 * and the wrong pairs worst first.
 */
public final class Evaluation {

    /** Precision, recall and F1 with the counts behind them. */
    public record Scores(double precision, double recall, double f1, long truePositives, long falsePositives,
                         long falseNegatives) {
        static Scores of(long tp, long fp, long fn) {
            double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new Scores(precision, recall, f1, tp, fp, fn);
        }
    }

    /** One row of a threshold sweep. */
    public record SweepRow(double threshold, Scores pairwise) {
    }

    /** A pair the linkage got wrong: linked but not the same person, or the same person but not linked. */
    public record WrongPair(int left, int right, double weight, boolean falseLink) {
    }

    /** The whole report. */
    public record Report(double threshold, long truePairs, Scores pairwise, Scores clusterPairwise, Scores bCubed,
                         List<SweepRow> sweep, List<WrongPair> wrongPairs) {
    }

    private final Records records;
    private final String[] truth;

    public Evaluation(Records records) {
        this(records, records.truth());
    }

    public Evaluation(Records records, String[] truth) {
        if (truth == null) {
            throw new LinkageException("no truth to evaluate against: map a truth column or give a truth file");
        }
        this.records = records;
        this.truth = truth;
    }

    public Report evaluate(ScoredPairs pairs, int[] clusters, double threshold, int worst) {
        long truePairs = truePairs();
        Scores pairwise = pairwise(pairs, Scorer.weightOf(threshold), truePairs);
        List<SweepRow> sweep = new ArrayList<>();
        for (double t : new double[] {0.5, 0.8, 0.9, 0.95, 0.99, 0.999}) {
            sweep.add(new SweepRow(t, pairwise(pairs, Scorer.weightOf(t), truePairs)));
        }
        return new Report(threshold, truePairs, pairwise, clusterPairwise(clusters, truePairs), bCubed(clusters), sweep,
                wrongPairs(pairs, clusters, Scorer.weightOf(threshold), worst));
    }

    private boolean same(int a, int b) {
        return truth[a] != null && truth[a].equals(truth[b]);
    }

    private boolean possible(int a, int b) {
        return !(records.source()[a] == records.source()[b] && records.sources().get(records.source()[a]).duplicateFree());
    }

    /** Pairs of records with the same truth that could be linked (not both in one duplicate-free source). */
    long truePairs() {
        long[] pairs = new long[1];
        forEachPair(groups(truth).values(), (a, b) -> {
            if (possible(a, b)) {
                pairs[0]++;
            }
        });
        return pairs[0];
    }

    /** Every pair of records within each group, lower record first. */
    private static void forEachPair(Iterable<List<Integer>> groups, java.util.function.BiConsumer<Integer, Integer> action) {
        for (List<Integer> group : groups) {
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    action.accept(Math.min(group.get(x), group.get(y)), Math.max(group.get(x), group.get(y)));
                }
            }
        }
    }

    private Scores pairwise(ScoredPairs pairs, double thresholdWeight, long truePairs) {
        long tp = 0;
        long fp = 0;
        for (int p = 0; p < pairs.size(); p++) {
            if (pairs.weight(p) >= thresholdWeight) {
                if (same(pairs.left(p), pairs.right(p))) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        return Scores.of(tp, fp, truePairs - tp);
    }

    private Scores clusterPairwise(int[] clusters, long truePairs) {
        long[] counts = new long[2];
        forEachPair(groups(clusters).values(), (a, b) -> counts[same(a, b) ? 0 : 1]++);
        return Scores.of(counts[0], counts[1], truePairs - counts[0]);
    }

    /** B-cubed: per record, the share of its cluster that is truly its person and the share of its person found. */
    private Scores bCubed(int[] clusters) {
        Map<String, Integer> overlap = new HashMap<>();
        Map<Integer, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> truthSize = new HashMap<>();
        for (int i = 0; i < clusters.length; i++) {
            overlap.merge(clusters[i] + "\u0000" + truthOf(i), 1, Integer::sum);
            clusterSize.merge(clusters[i], 1, Integer::sum);
            truthSize.merge(truthOf(i), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < clusters.length; i++) {
            int both = overlap.get(clusters[i] + "\u0000" + truthOf(i));
            precision += (double) both / clusterSize.get(clusters[i]);
            recall += (double) both / truthSize.get(truthOf(i));
        }
        precision /= clusters.length;
        recall /= clusters.length;
        double f1 = 2 * precision * recall / (precision + recall);
        return new Scores(precision, recall, f1, 0, 0, 0);
    }

    /** A record without truth is its own person. */
    private String truthOf(int record) {
        return truth[record] == null ? "\u0001" + record : truth[record];
    }

    private List<WrongPair> wrongPairs(ScoredPairs pairs, int[] clusters, double thresholdWeight, int worst) {
        List<WrongPair> wrong = new ArrayList<>();
        Map<Long, Double> scored = new HashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            int a = pairs.left(p);
            int b = pairs.right(p);
            scored.put(((long) a << 32) | b, pairs.weight(p));
            if (pairs.weight(p) >= thresholdWeight && !same(a, b)) {
                wrong.add(new WrongPair(a, b, pairs.weight(p), true));
            }
        }
        forEachPair(groups(truth).values(), (a, b) -> {
            Double weight = scored.get(((long) a << 32) | b);
            if (possible(a, b) && (weight == null || weight < thresholdWeight)) {
                wrong.add(new WrongPair(a, b, weight == null ? Double.NEGATIVE_INFINITY : weight, false));
            }
        });
        // Worst first: the most confident false links, then the least confident missed links.
        wrong.sort((x, y) -> Double.compare(badness(y, thresholdWeight), badness(x, thresholdWeight)));
        return wrong.subList(0, Math.min(worst, wrong.size()));
    }

    private static double badness(WrongPair pair, double thresholdWeight) {
        return pair.falseLink() ? pair.weight() - thresholdWeight : thresholdWeight - pair.weight();
    }

    private static <K> Map<K, List<Integer>> groups(K[] labels) {
        Map<K, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != null) {
                groups.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
            }
        }
        return groups;
    }

    private static Map<Integer, List<Integer>> groups(int[] labels) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            groups.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    public static Clusterer defaultClusterer(double threshold) {
        return new Clusterer(threshold, 0.99, Integer.MAX_VALUE);
    }
}
