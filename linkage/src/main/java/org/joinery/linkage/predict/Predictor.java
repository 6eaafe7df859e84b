package org.joinery.linkage.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.joinery.linkage.compare.PairContext;
import org.joinery.linkage.compare.FeatureTable;

/** Scores every candidate pair of the prediction blocking rules, once each, on all cores. */
public final class Predictor {

    private Predictor() {
    }

    /**
     * @param minimumWeight pairs scoring below this are counted but not kept
     */
    public static ScoredPairs predict(Scorer scorer, FeatureTable table, Blocker blocker, double minimumWeight) {
        return predict(scorer, table, blocker, minimumWeight, null);
    }

    /**
     * As {@link #predict(Scorer, FeatureTable, Blocker, double)}, scoring only the candidate pairs with at least
     * one record flagged in {@code touching} (null: all): new and changed records linked into an existing index.
     */
    public static ScoredPairs predict(Scorer scorer, FeatureTable table, Blocker blocker, double minimumWeight,
                                      boolean[] touching) {
        blocker.checkAgainst(scorer.model().maxPairsPerRule());
        int rules = blocker.rules().size();
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        List<ScoringVisitor> visitors = blocker.forEachPair(-1,
                t -> new ScoringVisitor(scorer, minimumWeight, rules, touching), cpuNanos);
        long wallNanos = System.nanoTime() - start;
        long scored = 0;
        long[] perRule = new long[rules];
        List<ScoredPairs.Builder> builders = new ArrayList<>();
        for (ScoringVisitor visitor : visitors) {
            scored += visitor.scored;
            for (int r = 0; r < rules; r++) {
                perRule[r] += visitor.perRule[r];
            }
            builders.add(visitor.kept);
        }
        return ScoredPairs.merge(builders, table.size(), scored, perRule, new ScoredPairs.Timing(wallNanos, cpuNanos.get(),
                visitors.size()));
    }

    private static final class ScoringVisitor implements Blocker.PairVisitor {
        private final Scorer scorer;
        private final double minimumWeight;
        private final PairContext context;
        private final ScoredPairs.Builder kept = new ScoredPairs.Builder();
        private final long[] perRule;
        private final boolean[] touching;
        private long scored;

        ScoringVisitor(Scorer scorer, double minimumWeight, int rules, boolean[] touching) {
            this.touching = touching;
            this.scorer = scorer;
            this.minimumWeight = minimumWeight;
            this.perRule = new long[rules];
            this.context = new PairContext(scorer.comparisons());
        }

        @Override
        public void visit(int a, int b, int rule) {
            if (touching != null && !touching[a] && !touching[b]) {
                return;
            }
            double weight = scorer.score(a, b, context);
            scored++;
            perRule[rule]++;
            if (weight >= minimumWeight) {
                kept.add(a, b, (float) weight, rule);
            }
        }
    }
}
