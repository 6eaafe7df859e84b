package org.joinery.linking.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.Model;
import org.joinery.linking.ModelVersions;
import org.joinery.linking.NotEnoughLabels;
import org.joinery.linking.StoredModel;
import org.springframework.stereotype.Component;

/**
 * Trains a new model version on the current records: the engine's standard model for the fields the sources
 * map, with blocking narrowed for the population's size, then m by EM (unsupervised) or from clerical review
 * decisions that said "same person" (supervised), and stores it.
 */
@Component
class ModelTraining {

    /** Supervised training needs at least this many "same person" decisions about current records. */
    static final int MIN_LABELS = ModelVersions.LABELS_NEEDED;

    private final ModelStore models;

    ModelTraining(ModelStore models) {
        this.models = models;
    }

    StoredModel train(Records records, ReviewConstraints labels, boolean supervised, boolean activate, String createdBy,
                      Consumer<String> progress) {
        if (supervised && labels.mustLink().length < MIN_LABELS) {
            throw new NotEnoughLabels(labels.mustLink().length, MIN_LABELS);
        }
        Model standard = Linkage.standardModel(records);
        Linkage linkage = new Linkage(records, standard, progress);
        Model settings = linkage.narrowBlocking(standard);
        Model trained = supervised
                ? linkage.trainSupervised(settings, labels.mustLink())
                : linkage.train(settings);
        String summary = String.format(Locale.ROOT, "%s on %,d records of %d sources%s; prior %.3g, threshold %.2f",
                supervised ? "Supervised" : "Unsupervised (EM)", records.size(), records.sources().size(),
                supervised ? " with " + labels.mustLink().length + " review decisions as labels" : "", trained.prior(),
                trained.threshold());
        return models.add(trained, supervised ? StoredModel.SUPERVISED : StoredModel.EM, summary, createdBy, activate);
    }
}
