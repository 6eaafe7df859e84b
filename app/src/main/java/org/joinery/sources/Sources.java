package org.joinery.sources;

import java.util.List;
import java.util.Optional;
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

    public List<Source> ofOrganisation(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from source where organisation_id = ? order by name")
                .param(organisationId).query(Source.class).list();
    }
}
