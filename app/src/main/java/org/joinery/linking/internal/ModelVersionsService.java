package org.joinery.linking.internal;

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
import org.joinery.linking.ModelVersions;
import org.joinery.linking.StoredModel;
import org.joinery.sources.SourceRecords;
import org.joinery.sources.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The linkage model's versions, each call passing the gate (LINKAGE, for record linkage). */
@Service
class ModelVersionsService implements ModelVersions {

    private static final Logger log = LoggerFactory.getLogger(ModelVersionsService.class);

    private final AccessGate gate;
    private final ModelStore models;
    private final ModelTraining training;
    private final Sources sources;
    private final SourceRecords sourceRecords;
    private final ReviewDecisions reviewDecisions;
    private final LinkingWorker worker;

    ModelVersionsService(AccessGate gate, ModelStore models, ModelTraining training, Sources sources, SourceRecords sourceRecords,
                  ReviewDecisions reviewDecisions, LinkingWorker worker) {
        this.gate = gate;
        this.models = models;
        this.training = training;
        this.sources = sources;
        this.sourceRecords = sourceRecords;
        this.reviewDecisions = reviewDecisions;
        this.worker = worker;
    }

    @Override
    public List<StoredModel> all(Actor actor) {
        authorise(actor, Action.READ);
        return models.all();
    }

    @Override
    public Optional<StoredModel> version(Actor actor, int version) {
        authorise(actor, Action.READ);
        return models.version(version);
    }

    @Override
    public StoredModel train(Actor actor, boolean supervised, boolean activate) {
        Grant read = authorise(actor, Action.READ);
        authorise(actor, Action.WRITE);
        LinkageInput input = new LinkageInput(sources.all());
        sourceRecords.forEachCurrent(read, input);
        LinkageInput.Gathered gathered = input.gathered(Set.of());
        ReviewConstraints constraints = reviewDecisions.on(read, gathered.records());
        return training.train(gathered.records(), constraints, supervised, activate, actor.username(), message -> { });
    }

    @Override
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

    @Override
    public boolean activate(Actor actor, int version) {
        authorise(actor, Action.WRITE);
        return models.activate(version);
    }

    private Grant authorise(Actor actor, Action action) {
        return gate.authorise(actor, action, DataRef.of(DataCategory.LINKAGE, null), Purpose.RECORD_LINKAGE);
    }
}
