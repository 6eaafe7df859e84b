package org.joinery.linking;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.access.Grant;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.predict.ScoredPairs;
import org.joinery.sources.SourceRecords;
import org.joinery.sources.Sources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An incremental run: the records that are new or changed since they were linked (and those withdrawn) are
 * linked into the existing persons without a full rerun. Only the candidate pairs that include a new or changed
 * record are scored, with the active model, blocking and term frequencies of all current records, so each pair
 * scores as it would in a full run. Everything it changed is written in one transaction.
 */
@Component
class IncrementalRun {

    private final Sources sources;
    private final SourceRecords sourceRecords;
    private final PersonIndexStore store;
    private final LinkageModels models;
    private final LinkRuns runs;
    private final ObjectProvider<ReviewLabels> reviewLabels;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final double lowerProbability;

    IncrementalRun(Sources sources, SourceRecords sourceRecords, PersonIndexStore store, LinkageModels models, LinkRuns runs,
                   ObjectProvider<ReviewLabels> reviewLabels, TransactionTemplate transaction, ApplicationEventPublisher events,
                   Clock clock, @Value("${joinery.review.lower:0.5}") double lowerProbability) {
        this.sources = sources;
        this.sourceRecords = sourceRecords;
        this.store = store;
        this.models = models;
        this.runs = runs;
        this.reviewLabels = reviewLabels;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.lowerProbability = lowerProbability;
    }

    RunResult run(UUID runId, Grant read, Grant write, Consumer<String> progress) {
        long start = System.nanoTime();
        StoredModel stored = models.active().orElseThrow(() -> new IllegalStateException(
                "There is no active model yet: start a full run first, which trains one."));
        Model model = stored.model();
        progress.accept("reading the current source records");
        LinkageInput input = new LinkageInput(sources.all());
        sourceRecords.forEachCurrent(read, input);
        LinkageInput.Gathered gathered = input.gathered(Linkage.fieldsUsed(model));
        IndexSnapshot previous = store.snapshot(read);
        IncrementalAssignment assignment = new IncrementalAssignment(gathered, model.threshold(), previous,
                store.allJoineryIds(read), JoineryId::next);
        boolean[] changed = assignment.changed();
        List<Long> touched = new ArrayList<>(assignment.withdrawn());
        for (int i = 0; i < changed.length; i++) {
            if (changed[i]) {
                touched.add(gathered.recordIds()[i]);
            }
        }
        int linked = touched.size() - assignment.withdrawn().size();
        progress.accept(String.format(Locale.ROOT, "linking %,d new or changed records into %,d", linked, gathered.size()));
        ScoredPairs pairs = linked == 0 ? null
                : new Linkage(gathered.records(), model, progress).predictTouching(model, changed, Linkage.KEEP_WEIGHT);
        ReviewConstraints constraints = ReviewConstraints.of(labels(read), gathered.records());
        ScoredPairs scored = pairs == null ? ScoredPairs.none(gathered.size()) : pairs;
        RunPlan plan = assignment.assign(changed, scored, constraints);
        PersonIndexStore.PairRows kept = FullRun.keptPairs(scored, gathered.recordIds(), lowerProbability);
        String summary = String.format(Locale.ROOT, "Incremental run with model version %d: %,d new or changed records and"
                        + " %,d withdrawn, among %,d current records; %s; %,d pairs scored.", stored.version(), linked,
                assignment.withdrawn().size(), gathered.size(), plan.summary(), scored.scored());
        transaction.executeWithoutResult(status -> {
            store.write(write, runId, plan, clock.instant());
            store.replacePairsOf(write, runId, touched, kept);
            runs.finish(runId, stored.id(), linked, plan.persons(), kept.size(), summary);
            events.publishEvent(new PersonsLinked(runId, LinkRun.INCREMENTAL));
        });
        return new RunResult(runId, linked, plan.persons(), kept.size(), summary, (System.nanoTime() - start) / 1_000_000);
    }

    private List<LabelledPair> labels(Grant read) {
        ReviewLabels labels = reviewLabels.getIfAvailable();
        return labels == null ? List.of() : labels.labels(read);
    }
}
