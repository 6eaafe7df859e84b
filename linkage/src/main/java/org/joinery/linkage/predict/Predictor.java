package org.joinery.linkage.predict;

import java.util.ArrayList;
import java.util.List;
import org.joinery.linkage.compare.DamerauLevenshtein;
import org.joinery.linkage.compare.FeatureTable;

/** Scores every candidate pair of the prediction blocking rules, once each, on all cores. */
public final class Predictor {

    private Predictor() {
    }

    /**
     * @param minimumWeight pairs scoring below this are counted but not kept
     */
    public static ScoredPairs predict(Scorer scorer, FeatureTable table, Blocker blocker, double minimumWeight) {
        blocker.checkAgainst(scorer.model().maxPairsPerRule());
        int rules = blocker.rules().size();
        List<ScoringVisitor> visitors = blocker.forEachPair(-1, t -> new ScoringVisitor(scorer, minimumWeight, rules));
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
        return ScoredPairs.merge(builders, table.size(), scored, perRule);
    }

    private static final class ScoringVisitor implements Blocker.PairVisitor {
        private final Scorer scorer;
        private final double minimumWeight;
        private final DamerauLevenshtein.Scratch scratch = new DamerauLevenshtein.Scratch();
        private final ScoredPairs.Builder kept = new ScoredPairs.Builder();
        private final long[] perRule;
        private long scored;

        ScoringVisitor(Scorer scorer, double minimumWeight, int rules) {
            this.scorer = scorer;
            this.minimumWeight = minimumWeight;
            this.perRule = new long[rules];
        }

        @Override
        public void visit(int a, int b, int rule) {
            double weight = scorer.score(a, b, scratch);
            scored++;
            perRule[rule]++;
            if (weight >= minimumWeight) {
                kept.add(a, b, (float) weight, rule);
            }
        }
    }
}
