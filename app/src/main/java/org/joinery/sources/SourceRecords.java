package org.joinery.sources;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.access.Grant;
import org.springframework.stereotype.Service;

/** Source records for other modules: each call needs a grant from the access gate. */
@Service
public class SourceRecords {

    private final ExtractStore store;

    SourceRecords(ExtractStore store) {
        this.store = store;
    }

    /** Every current record, for a linkage run (a grant to read LINKAGE for RECORD_LINKAGE). */
    public void forEachCurrent(Grant grant, Consumer<CurrentRecord> each) {
        store.forEachCurrent(grant, each);
    }

    /** These current records, for an incremental linkage run (a grant to read LINKAGE for RECORD_LINKAGE). */
    public List<CurrentRecord> current(Grant grant, Collection<Long> ids) {
        return store.current(grant, ids);
    }

    /** Every import batch landed so far, for incremental linking to tell which it has not linked yet. */
    public List<UUID> batchIds(Grant grant) {
        return store.batchIds(grant);
    }

    /** The current records these batches last wrote, new or changed (a grant to read LINKAGE for RECORD_LINKAGE). */
    public List<CurrentRecord> currentOfBatches(Grant grant, Collection<UUID> batches) {
        return store.currentOfBatches(grant, batches);
    }

    /** The records these batches withdrew (a grant to read LINKAGE for RECORD_LINKAGE). */
    public List<Long> withdrawnByBatches(Grant grant, Collection<UUID> batches) {
        return store.withdrawnByBatches(grant, batches);
    }

    /**
     * How many records are current and the sum of their ids: a cheap check that a copy of them (the resident
     * index) holds the same records (a grant to read LINKAGE for RECORD_LINKAGE).
     */
    public Census census(Grant grant) {
        return store.census(grant);
    }

    public record Census(long records, long idSum) {
    }

    /** These records as one organisation holds them (a grant to read that organisation's IDENTITY). */
    public List<RecordDetails> details(Grant grant, Collection<Long> ids) {
        return store.details(grant, ids);
    }

    /** Which source holds each record (a grant to read a person's INVOLVEMENT, or LINKAGE). */
    public Map<Long, UUID> holders(Grant grant, Collection<Long> ids) {
        return store.holders(grant, ids);
    }

    /** These records as received, for clerical review (a grant to read SOURCE_EXTRACT for RECORD_LINKAGE). */
    public List<RecordDetails> forReview(Grant grant, Collection<Long> ids) {
        return store.forReview(grant, ids);
    }
}
