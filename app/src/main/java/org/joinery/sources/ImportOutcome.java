package org.joinery.sources;

import java.util.List;
import java.util.UUID;

/**
 * What became of an extract.
 *
 * @param batchId    the batch (for an extract already received, the batch that first brought it)
 * @param errors     the first errors found, up to {@link #ERRORS_KEPT}; {@code errorCount} counts them all
 * @param changed    records whose row changed, including withdrawn records that reappeared (restored)
 */
public record ImportOutcome(UUID batchId, Status status, int rows, int added, int changed, int unchanged, int withdrawn,
                            int restored, List<RowError> errors, int errorCount) {

    public static final int ERRORS_KEPT = 10_000;

    public enum Status {
        /** The batch landed whole: the source is now as the extract says. */
        LANDED,
        /** The same extract arrived before: nothing changed. */
        ALREADY_RECEIVED,
        /** The extract has errors: nothing changed. */
        REJECTED
    }

    public ImportOutcome {
        errors = List.copyOf(errors);
    }

    public static ImportOutcome rejected(UUID batchId, int rows, List<RowError> errors, int errorCount) {
        return new ImportOutcome(batchId, Status.REJECTED, rows, 0, 0, 0, 0, 0, errors, errorCount);
    }
}
