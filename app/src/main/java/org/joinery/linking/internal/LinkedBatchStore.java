package org.joinery.linking.internal;

import java.util.UUID;
import org.joinery.platform.web.RecordsLinked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a linkage run has linked any of an organisation's import batches. A yes or no about an organisation, not
 * about any person, so it needs no grant, and it reads only which batches were linked, never the personal-data
 * tables of the index (whose store alone may name them).
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
}
