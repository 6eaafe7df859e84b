package org.joinery.index.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.joinery.index.ActiveModel;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.ModelJson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The model the resident index scores with: the active linkage model, so the front door scores a pair as the
 * last full run did; or, before any model is trained and active, a model trained on the demo borough that
 * ships with Joinery, so the front door works from the first records on. The active model comes through the
 * {@link ActiveModel} port, which the linking module implements (without it, as in a test of this module alone,
 * the shipped model is used).
 */
@Component
class IndexModel {

    static final String SHIPPED = "front-door-model.json";

    private final ObjectProvider<ActiveModel> models;

    IndexModel(ObjectProvider<ActiveModel> models) {
        this.models = models;
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
        ActiveModel source = models.getIfAvailable();
        return source == null ? Optional.empty() : source.active().map(a -> new Chosen(a.version(), a.model()));
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
