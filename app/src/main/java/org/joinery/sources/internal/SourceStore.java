package org.joinery.sources.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.joinery.sources.NewSource;
import org.joinery.sources.Source;
import org.joinery.sources.Sources;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registered sources (source), with the columns each source's extracts have: fixed at registration from a
 * sample, or by the first batch. Sources describe datasets, not people, so reading them needs no grant.
 */
@Component
class SourceStore implements Sources {

    private static final String COLUMNS = "id, organisation_id, name, title, mapping_json, opened_column, closed_column,"
            + " sensitive, lawful_basis, contact";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    SourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Source> all() {
        return jdbc.sql("select " + COLUMNS + " from source order by name").query(Source.class).list();
    }

    @Override
    public Optional<Source> named(String name) {
        return jdbc.sql("select " + COLUMNS + " from source where name = ?").param(name).query(Source.class).optional();
    }

    @Override
    public Optional<Source> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from source where id = ?").param(id).query(Source.class).optional();
    }

    @Override
    public Set<UUID> sensitiveOutside(UUID organisationId) {
        if (organisationId == null) {
            return Set.copyOf(jdbc.sql("select id from source where sensitive = true").query(UUID.class).list());
        }
        return Set.copyOf(jdbc.sql("select id from source where sensitive = true and organisation_id <> ?")
                .param(organisationId).query(UUID.class).list());
    }

    @Override
    public List<Source> ofOrganisation(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from source where organisation_id = ? order by name")
                .param(organisationId).query(Source.class).list();
    }

    @Override
    public Optional<List<String>> columns(UUID sourceId) {
        return jdbc.sql("select columns_json from source where id = ?").param(sourceId).query(String.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().map(json -> JSON.readValue(json, new TypeReference<List<String>>() { }));
    }

    /** Fixes the columns if nothing has yet (inside the landing batch's transaction). */
    void fixColumnsIfUnknown(UUID sourceId, List<String> columns) {
        jdbc.sql("update source set columns_json = ? where id = ? and columns_json is null").params(json(columns), sourceId).update();
    }

    /**
     * Inserts a source whose details have been checked, with its columns if known.
     *
     * @throws DuplicateKeyException when a source of that name was registered meanwhile
     */
    void insert(UUID id, NewSource source, Timestamp now) {
        jdbc.sql("""
                insert into source (id, organisation_id, name, title, mapping_json, opened_column, closed_column,
                                    sensitive, lawful_basis, contact, created_at, updated_at, columns_json)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, source.organisationId(), source.name(), source.title().strip(), source.mappingJson(),
                        blankToNull(source.openedColumn()), blankToNull(source.closedColumn()), source.sensitive(),
                        source.lawfulBasis().strip(), source.contact().strip(), now, now,
                        source.columns().isEmpty() ? null : json(source.columns()))
                .update();
    }

    private static String json(List<String> columns) {
        return JSON.writeValueAsString(columns);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
