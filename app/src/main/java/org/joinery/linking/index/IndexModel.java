package org.joinery.linking.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.ModelJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The model the resident index scores with: the active linkage model, so the front door scores a pair as the
 * last full run did; or, before any model is trained and active, a model trained on the demo borough that
 * ships with Joinery, so the front door works from the first records on.
 */
@Component
class IndexModel {

    static final String SHIPPED = "front-door-model.json";

    private final JdbcClient jdbc;

    IndexModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A model and the stored version it is ({@link #SHIPPED_VERSION} for the shipped one). */
    record Chosen(int version, Model model) {
    }

    /** No stored version is numbered 0: the shipped model never counts as the active one. */
    static final int SHIPPED_VERSION = 0;

    Model current() {
        return chosen().model();
    }

    Chosen chosen() {
        return active().orElseGet(() -> new Chosen(SHIPPED_VERSION, shipped()));
    }

    private Optional<Chosen> active() {
        return jdbc.sql("select version, model_json from linkage_model where active order by version desc")
                .query((rs, n) -> new Chosen(rs.getInt(1), ModelJson.read(rs.getString(2),
                        "linkage model version " + rs.getInt(1))))
                // a list, not JdbcClient's stream: an unclosed stream keeps its pooled connection
                .list().stream().filter(c -> c.model().trained()).findFirst();
    }

    static Model shipped() {
        try (InputStream in = IndexModel.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped front-door model " + SHIPPED + " is missing from the build");
            }
            return ModelJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
