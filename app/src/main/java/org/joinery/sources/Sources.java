package org.joinery.sources;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The registered sources. Sources describe datasets, not people, so reading them needs no grant. */
@Service
public class Sources {

    private static final String COLUMNS = "id, organisation_id, name, title, mapping_json, opened_column, closed_column,"
            + " sensitive, lawful_basis, contact";

    private final JdbcClient jdbc;

    Sources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Source> all() {
        return jdbc.sql("select " + COLUMNS + " from source order by name").query(Source.class).list();
    }

    public Optional<Source> named(String name) {
        return jdbc.sql("select " + COLUMNS + " from source where name = ?").param(name).query(Source.class).optional();
    }

    public Optional<Source> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from source where id = ?").param(id).query(Source.class).optional();
    }

    /**
     * The sensitive sources (a refuge's, say) of every organisation but this one: those a reader of this
     * organisation may not learn hold a record of anyone. All sensitive sources when the organisation is null.
     */
    public Set<UUID> sensitiveOutside(UUID organisationId) {
        if (organisationId == null) {
            return Set.copyOf(jdbc.sql("select id from source where sensitive = true").query(UUID.class).list());
        }
        return Set.copyOf(jdbc.sql("select id from source where sensitive = true and organisation_id <> ?")
                .param(organisationId).query(UUID.class).list());
    }

    public List<Source> ofOrganisation(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from source where organisation_id = ? order by name")
                .param(organisationId).query(Source.class).list();
    }
}
