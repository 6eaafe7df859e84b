package org.joinery.linking.internal;

import java.util.Collection;
import java.util.UUID;
import org.joinery.platform.web.RecordsLinked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which import batches linkage runs have linked (the record each run keeps of what it covered): whether any of an
 * organisation's have been, for the home page, and whether a landed batch still needs a run. Yes or no answers about
 * batches, not about any person, so they need no grant, and they read only which batches were linked, never the
 * personal-data tables of the index (whose store alone may name them).
 */
@Component
class LinkedBatchStore implements RecordsLinked {

    private final JdbcClient jdbc;

    LinkedBatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean anyOf(UUID organisationId) {
        return organisationId != null && jdbc.sql("select case when exists (select 1 from linked_batch lb"
                        + " join import_batch b on b.id = lb.batch_id join source s on s.id = b.source_id"
                        + " where s.organisation_id = ?) then 1 else 0 end")
                .param(organisationId).query(Integer.class).single() == 1;
    }

    /** Whether a run has linked every one of these batches (a full run that read them after they landed). */
    boolean allLinked(Collection<UUID> batches) {
        return batches.stream().distinct().allMatch(batch -> jdbc.sql("select count(*) from linked_batch where batch_id = ?")
                .param(batch).query(Integer.class).single() > 0);
    }
}
