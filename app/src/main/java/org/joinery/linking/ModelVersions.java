package org.joinery.linking;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.sources.SourceRecords;
import org.joinery.sources.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The linkage model's versions for pages and commands: list and read them, train a new one on the current
 * records (unsupervised, or from review decisions), and choose the one runs use. Every call passes the gate
 * (LINKAGE, for record linkage).
 */
@Service
public class ModelVersions {

    private static final Logger log = LoggerFactory.getLogger(ModelVersions.class);

    private final AccessGate gate;
    private final LinkageModels models;
    private final ModelTraining training;
    private final Sources sources;
    private final SourceRecords sourceRecords;
    private final ObjectProvider<ReviewLabels> reviewLabels;
    private final LinkingWorker worker;

    ModelVersions(AccessGate gate, LinkageModels models, ModelTraining training, Sources sources, SourceRecords sourceRecords,
                  ObjectProvider<ReviewLabels> reviewLabels, LinkingWorker worker) {
        this.gate = gate;
        this.models = models;
        this.training = training;
        this.sources = sources;
        this.sourceRecords = sourceRecords;
        this.reviewLabels = reviewLabels;
        this.worker = worker;
    }

    public List<StoredModel> all(Actor actor) {
        authorise(actor, Action.READ);
        return models.all();
    }

    public Optional<StoredModel> version(Actor actor, int version) {
        authorise(actor, Action.READ);
        return models.version(version);
    }

    /**
     * Trains a new version on the current records now and stores it (active if asked, or if it is the first).
     *
     * @throws ModelTraining.NotEnoughLabels when supervised training has too few "same person" decisions
     */
    public StoredModel train(Actor actor, boolean supervised, boolean activate) {
        Grant read = authorise(actor, Action.READ);
        authorise(actor, Action.WRITE);
        LinkageInput input = new LinkageInput(sources.all());
        sourceRecords.forEachCurrent(read, input);
        LinkageInput.Gathered gathered = input.gathered(Set.of());
        ReviewLabels labels = reviewLabels.getIfAvailable();
        ReviewConstraints constraints = ReviewConstraints.of(labels == null ? List.of() : labels.labels(read),
                gathered.records());
        return training.train(gathered.records(), constraints, supervised, activate, actor.username(), message -> { });
    }

    /** Trains on the background thread, after any run waiting; the models page shows the new version when done. */
    public void startTraining(Actor actor, boolean supervised) {
        authorise(actor, Action.WRITE);
        worker.submit(() -> {
            try {
                train(actor, supervised, false);
            } catch (RuntimeException e) {
                log.error("Training a linkage model failed", e);
            }
        });
    }

    /** Makes the version the one runs use; false when there is no such version. */
    public boolean activate(Actor actor, int version) {
        authorise(actor, Action.WRITE);
        return models.activate(version);
    }

    /** How many "same person" review decisions supervised training needs. */
    public static int labelsNeeded() {
        return ModelTraining.MIN_LABELS;
    }

    private Grant authorise(Actor actor, Action action) {
        return gate.authorise(actor, action, DataRef.of(DataCategory.LINKAGE, null), Purpose.RECORD_LINKAGE);
    }
}
