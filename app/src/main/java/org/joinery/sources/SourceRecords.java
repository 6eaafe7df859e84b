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
