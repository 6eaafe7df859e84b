package org.joinery.linkage.backend;

import java.util.List;
import org.joinery.linkage.compare.FeatureTable;
import org.joinery.linkage.model.BlockingRule;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.predict.Blocker;
import org.joinery.linkage.predict.Predictor;
import org.joinery.linkage.predict.ScoredPairs;
import org.joinery.linkage.predict.Scorer;

/** The engine itself: precomputed per-record features in columns, scored on all cores. */
public final class ColumnarBackend implements LinkageBackend {

    private final FeatureTable table;
    private ScoredPairs last;

    public ColumnarBackend(FeatureTable table) {
        this.table = table;
    }

    @Override
    public String name() {
        return "Joinery columnar (Java)";
    }

    @Override
    public long[] candidatePairs(List<BlockingRule> rules) {
        return new Blocker(table, rules).candidatePairs();
    }

    @Override
    public Result score(Model model, double minimumWeight) {
        long start = System.nanoTime();
        last = Predictor.predict(new Scorer(model, table), table, new Blocker(table, model.predictionRules()), minimumWeight);
        return new Result(last.scored(), last.size(), System.nanoTime() - start, last.timing().cpuNanos(),
                last.timing().threads());
    }

    /** The pairs of the last {@link #score}. */
    public ScoredPairs lastPairs() {
        return last;
    }

    @Override
    public void close() {
        // nothing to release: the columns belong to the feature table
    }
}
