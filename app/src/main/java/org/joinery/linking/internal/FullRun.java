package org.joinery.linking.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.access.Grant;
import org.joinery.index.IndexSnapshot;
import org.joinery.index.JoineryId;
import org.joinery.index.Persons;
import org.joinery.index.PersonsLinked;
import org.joinery.index.RunPlan;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.predict.ScoredPairs;
import org.joinery.linkage.predict.Scorer;
import org.joinery.linking.LinkRun;
import org.joinery.linking.RunResult;
import org.joinery.linking.StoredModel;
import org.joinery.sources.SourceRecords;
import org.joinery.sources.Sources;
import org.joinery.platform.JoineryProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A full run: every current record through the engine with the active model (the first run trains one), the
 * review decisions as constraints, Joinery IDs carried over from the previous persons, and everything it
 * changed written in one transaction.
 */
@Component
class FullRun {

    private final Sources sources;
    private final SourceRecords sourceRecords;
    private final Persons store;
    private final ModelStore models;
    private final ModelTraining training;
    private final LinkRunStore runs;
    private final ReviewDecisions reviewDecisions;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final double lowerProbability;
    private final JoineryProperties.Linking linking;

    FullRun(Sources sources, SourceRecords sourceRecords, Persons store, ModelStore models,
            ModelTraining training, LinkRunStore runs, ReviewDecisions reviewDecisions, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock, JoineryProperties properties) {
        this.linking = properties.linking();
        this.sources = sources;
        this.sourceRecords = sourceRecords;
        this.store = store;
        this.models = models;
        this.training = training;
        this.runs = runs;
        this.reviewDecisions = reviewDecisions;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.lowerProbability = properties.review().lower();
    }

    RunResult run(UUID runId, Grant read, Grant write, String startedBy, Consumer<String> progress) {
        long start = System.nanoTime();
        progress.accept("reading the current source records");
        // read before the records, so every batch marked linked is one whose records this run saw
        List<UUID> batches = sourceRecords.batchIds(read);
        LinkageInput input = new LinkageInput(sources.all());
        sourceRecords.forEachCurrent(read, input);
        StoredModel stored = models.active().orElse(null);
        LinkageInput.Gathered gathered = input.gathered(stored == null ? Set.of() : Linkage.fieldsUsed(stored.model()));
        ReviewConstraints constraints = reviewDecisions.on(read, gathered.records());
        if (gathered.size() == 0) {
            String summary = "No current source records: nothing to link.";
            runs.finish(runId, stored == null ? null : stored.id(), 0, 0, 0, summary);
            return new RunResult(runId, 0, 0, 0, summary, 0);
        }
        if (stored == null) {
            progress.accept(String.format(Locale.ROOT, "training the first model on %,d records (EM)", gathered.size()));
            stored = training.train(gathered.records(), constraints, false, true, startedBy, progress);
        }
        Model model = stored.model();
        Linkage linkage = new Linkage(gathered.records(), model, progress);
        progress.accept(String.format(Locale.ROOT, "scoring candidate pairs of %,d records", gathered.size()));
        ScoredPairs pairs = linkage.predict(model);
        int[] clusters = Linkage.samePerson(gathered.records(), pairs, constraints.guards(model.threshold(), linking), null);
        progress.accept("carrying Joinery IDs over from the previous persons");
        IndexSnapshot previous = store.snapshot(read);
        RunPlan plan = new PersonAssignment(gathered, new LinkGraph(pairs, gathered.size()), model.threshold(), previous,
                store.allJoineryIds(read), JoineryId::next).assign(clusters);
        Persons.PairRows kept = keptPairs(pairs, gathered.recordIds(), lowerProbability);
        String summary = String.format(Locale.ROOT, "Full run with model version %d over %,d records: %s; %,d pairs scored,"
                + " %,d kept at probability %.2f or above; %d review decisions applied.", stored.version(), gathered.size(),
                plan.summary(), pairs.scored(), kept.size(), lowerProbability,
                constraints.mustLink().length + constraints.cannotLink().length);
        progress.accept("writing " + plan.summary());
        UUID modelId = stored.id();
        transaction.executeWithoutResult(status -> {
            store.write(write, runId, plan, clock.instant());
            store.replacePairs(write, runId, kept);
            store.markBatchesLinked(write, runId, batches);
            runs.finish(runId, modelId, gathered.size(), plan.persons(), kept.size(), summary);
            events.publishEvent(new PersonsLinked(runId, LinkRun.FULL));
        });
        return new RunResult(runId, gathered.size(), plan.persons(), kept.size(), summary,
                (System.nanoTime() - start) / 1_000_000);
    }


    /** The scored pairs at or above the lower review probability, by database record id. */
    static Persons.PairRows keptPairs(ScoredPairs pairs, long[] recordIds, double lowerProbability) {
        double minimum = Scorer.weightOf(lowerProbability);
        int count = 0;
        for (int p = 0; p < pairs.size(); p++) {
            count += pairs.weight(p) >= minimum ? 1 : 0;
        }
        long[] left = new long[count];
        long[] right = new long[count];
        double[] weight = new double[count];
        double[] probability = new double[count];
        int k = 0;
        for (int p = 0; p < pairs.size(); p++) {
            if (pairs.weight(p) >= minimum) {
                long a = recordIds[pairs.left(p)];
                long b = recordIds[pairs.right(p)];
                left[k] = Math.min(a, b);
                right[k] = Math.max(a, b);
                weight[k] = pairs.weight(p);
                probability[k++] = pairs.probability(p);
            }
        }
        return new Persons.PairRows(left, right, weight, probability);
    }
}
