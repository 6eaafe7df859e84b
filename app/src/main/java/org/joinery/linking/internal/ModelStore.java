package org.joinery.linking.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.ModelJson;
import org.joinery.linking.StoredModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The linkage_model table: every model version, at most one active. Models hold m and u probabilities, not
 * people, so reading them needs no grant; training and activating are gated where they are asked for.
 */
@Component
class ModelStore {

    private static final String COLUMNS = "id, version, model_json, training, summary, active, created_at, created_by";

    private final JdbcClient jdbc;
    private final Clock clock;

    ModelStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<StoredModel> all() {
        return jdbc.sql("select " + COLUMNS + " from linkage_model order by version desc").query(StoredModel.class).list();
    }

    Optional<StoredModel> active() {
        return jdbc.sql("select " + COLUMNS + " from linkage_model where active").query(StoredModel.class).optional();
    }

    /** The active version's number (explanations parse its model only when it changes). */
    Optional<Integer> activeVersion() {
        return jdbc.sql("select version from linkage_model where active order by version desc")
                .query(Integer.class).list().stream().findFirst();
    }

    /** The stored JSON of a version that exists. */
    String modelJson(int version) {
        return jdbc.sql("select model_json from linkage_model where version = ?").param(version)
                .query(String.class).single();
    }

    Optional<StoredModel> version(int version) {
        return jdbc.sql("select " + COLUMNS + " from linkage_model where version = ?").param(version)
                .query(StoredModel.class).optional();
    }

    /** Stores a new version (the next number), active when asked or when it is the first. */
    @Transactional
    StoredModel add(Model model, String training, String summary, String createdBy, boolean activate) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from linkage_model").query(Integer.class).single();
        boolean active = activate || version == 1;
        if (active) {
            jdbc.sql("update linkage_model set active = false where active").update();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into linkage_model (id, version, model_json, training, summary, active, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, version, ModelJson.write(model), training, summary, active, Timestamp.from(clock.instant()), createdBy)
                .update();
        return version(version).orElseThrow();
    }

    /** Makes this version the one runs use; false when there is no such version. */
    @Transactional
    boolean activate(int version) {
        if (version(version).isEmpty()) {
            return false;
        }
        jdbc.sql("update linkage_model set active = false where active").update();
        jdbc.sql("update linkage_model set active = true where version = ?").param(version).update();
        return true;
    }
}
