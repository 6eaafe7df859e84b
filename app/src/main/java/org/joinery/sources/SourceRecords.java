package org.joinery.sources;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.access.Grant;

/** Source records for other modules: each call needs a grant from the access gate. */
public interface SourceRecords {

    /** Every current record, for a linkage run (a grant to read LINKAGE for RECORD_LINKAGE). */
    void forEachCurrent(Grant grant, Consumer<CurrentRecord> each);

    /** These current records, for an incremental linkage run (a grant to read LINKAGE for RECORD_LINKAGE). */
    List<CurrentRecord> current(Grant grant, Collection<Long> ids);

    /** Every import batch landed so far, for incremental linking to tell which it has not linked yet. */
    List<UUID> batchIds(Grant grant);

    /** The current records these batches last wrote, new or changed (a grant to read LINKAGE for RECORD_LINKAGE). */
    List<CurrentRecord> currentOfBatches(Grant grant, Collection<UUID> batches);

    /** The records these batches withdrew (a grant to read LINKAGE for RECORD_LINKAGE). */
    List<Long> withdrawnByBatches(Grant grant, Collection<UUID> batches);

    /**
     * How many records are current and the sum of their ids: a cheap check that a copy of them (the resident
     * index) holds the same records (a grant to read LINKAGE for RECORD_LINKAGE).
     */
    Census census(Grant grant);

    record Census(long records, long idSum) {
    }

    /** These records as one organisation holds them (a grant to read that organisation's IDENTITY). */
    List<RecordDetails> details(Grant grant, Collection<Long> ids);

    /** Which source holds each record (a grant to read a person's INVOLVEMENT, or LINKAGE). */
    Map<Long, UUID> holders(Grant grant, Collection<Long> ids);

    /** These records as received, for clerical review (a grant to read SOURCE_EXTRACT for RECORD_LINKAGE). */
    List<RecordDetails> forReview(Grant grant, Collection<Long> ids);
}
