package org.joinery.linking.internal;

import java.util.List;
import java.util.UUID;
import org.joinery.index.IndexSnapshot;
import org.joinery.linkage.predict.ScoredPairs;

/**
 * What an incremental run links: the records it gathered, the persons they belonged to, and the batches it
 * read. Read from every current record (the pairs are then scored here), or from the resident index (which
 * has scored them, so only the batch's records and the persons they touch were read).
 *
 * @param pairs        scored pairs over {@code gathered}, or null when the run is to score them itself
 * @param current      how many records are current, gathered or not
 * @param otherPersons persons not retired that the run did not gather (none when it gathered every record)
 * @param batches      the import batches whose records the run saw, recorded as linked by it
 */
record IncrementalScope(LinkageInput.Gathered gathered, IndexSnapshot previous, ScoredPairs pairs, int current,
                        int otherPersons, List<UUID> batches) {

    boolean fromIndex() {
        return pairs != null;
    }
}
