package org.joinery.sources;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The columns each source's extracts have: fixed at registration from a sample, or by the first batch. */
@Component
public class SourceColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    SourceColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The source's columns, or empty while no sample or batch has fixed them. */
    public Optional<List<String>> of(UUID sourceId) {
        return jdbc.sql("select columns_json from source where id = ?").param(sourceId).query(String.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().map(json -> JSON.readValue(json, new TypeReference<List<String>>() { }));
    }

    /** Fixes the columns if nothing has yet (inside the landing batch's transaction). */
    public void fixIfUnknown(UUID sourceId, List<String> columns) {
        jdbc.sql("update source set columns_json = ? where id = ? and columns_json is null").params(json(columns), sourceId).update();
    }

    static String json(List<String> columns) {
        return JSON.writeValueAsString(columns);
    }
}
