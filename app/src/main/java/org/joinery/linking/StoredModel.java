package org.joinery.linking;

import java.time.Instant;
import java.util.UUID;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.ModelJson;

/**
 * A version of the linkage model as stored: the engine's model JSON and how it was trained.
 *
 * @param training {@link #EM} or {@link #SUPERVISED}
 */
public record StoredModel(UUID id, int version, String modelJson, String training, String summary, boolean active,
                          Instant createdAt, String createdBy) {

    /** Trained without labels, by expectation maximisation. */
    public static final String EM = "EM";
    /** m from clerical review decisions (same person) as labels. */
    public static final String SUPERVISED = "SUPERVISED";

    public Model model() {
        return ModelJson.read(modelJson, "linkage model version " + version);
    }
}
