package org.joinery.linkage.backend;

import java.util.List;
import org.joinery.linkage.model.BlockingRule;
import org.joinery.linkage.model.Model;

/**
 * Where blocking and scoring run. The in-memory columnar Java backend is the engine; a SQL backend (DuckDB)
 * runs the same blocking rules and comparison levels as SQL, the way Splink does, as a benchmark baseline.
 * Orchestration (checking rules against the cap, timing, comparing results) is shared by both.
 */
public interface LinkageBackend extends AutoCloseable {

    String name();

    /** Candidate pairs each rule generates on its own. */
    long[] candidatePairs(List<BlockingRule> rules);

    /** Scores every candidate pair of the model's prediction rules once, keeping those at or above the weight. */
    Result score(Model model, double minimumWeight);

    /**
     * What scoring did.
     *
     * @param cpuNanos CPU time of the scoring threads, or -1 where the backend cannot say (a native engine)
     */
    record Result(long scored, long kept, long wallNanos, long cpuNanos, int threads) {
    }

    @Override
    void close();
}
