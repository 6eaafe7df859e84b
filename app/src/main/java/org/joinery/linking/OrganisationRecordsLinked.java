package org.joinery.linking;

import java.util.UUID;
import org.joinery.platform.web.RecordsLinked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether an organisation has a record linked to a person. A yes or no about an organisation, not about any
 * person, so it needs no grant; the index on person_record's record and the source's organisation keep it cheap.
 */
@Component
class OrganisationRecordsLinked implements RecordsLinked {

    private final JdbcClient jdbc;

    OrganisationRecordsLinked(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean anyOf(UUID organisationId) {
        return organisationId != null && jdbc.sql("select case when exists (select 1 from person_record pr"
                        + " join source_record r on r.id = pr.source_record_id join source s on s.id = r.source_id"
                        + " where s.organisation_id = ?) then 1 else 0 end")
                .param(organisationId).query(Integer.class).single() == 1;
    }
}
