package org.joinery.linking;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.joinery.access.Actor;
import org.joinery.linkage.evaluate.Evaluation;

/**
 * How good and how stable the index's persons are, for benchmarks: pairwise and B-cubed precision, recall and
 * F1 of the persons against a truth file (source, record_id, person), with the engine's evaluation, and the
 * Joinery IDs living now (to compare before and after a rerun).
 */
public interface IndexQuality {

    /** Pairwise and B-cubed scores of the persons, from their clusters. */
    record Scores(int records, int persons, Evaluation.Scores pairwise, Evaluation.Scores bCubed) {

        public String toText() {
            return String.format(Locale.ROOT, "%,d records in %,d persons%n"
                            + "pairwise (persons)  precision %.4f  recall %.4f  F1 %.4f%n"
                            + "B-cubed (persons)   precision %.4f  recall %.4f  F1 %.4f%n", records, persons,
                    pairwise.precision(), pairwise.recall(), pairwise.f1(), bCubed.precision(), bCubed.recall(), bCubed.f1());
        }
    }

    Scores against(Actor actor, Path truthFile);

    /** The Joinery ID of every person not retired. */
    Set<String> livingJoineryIds(Actor actor);
}
