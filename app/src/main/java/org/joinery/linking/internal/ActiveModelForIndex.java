package org.joinery.linking.internal;

import java.util.Optional;
import org.joinery.index.ActiveModel;
import org.joinery.linkage.model.ModelJson;
import org.springframework.stereotype.Component;

/**
 * The resident index's port to the models: the active version, once it is trained, so the front door and
 * incremental linking score with the model runs use.
 */
@Component
class ActiveModelForIndex implements ActiveModel {

    private final ModelStore models;

    ActiveModelForIndex(ModelStore models) {
        this.models = models;
    }

    @Override
    public Optional<Versioned> active() {
        return models.activeVersion()
                .map(version -> new Versioned(version, ModelJson.read(models.modelJson(version),
                        "linkage model version " + version)))
                .filter(versioned -> versioned.model().trained());
    }
}
