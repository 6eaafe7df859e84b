package org.joinery.linking.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.access.Grant;
import org.joinery.index.IndexSnapshot;
import org.joinery.index.JoineryId;
import org.joinery.index.Persons;
import org.joinery.index.PersonsLinked;
import org.joinery.index.ResidentIndex;
import org.joinery.index.RunPlan;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.predict.ScoredPairs;
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
 * An incremental run: the records that are new or changed since they were linked (and those withdrawn) are
 * linked into the existing persons without a full rerun. Only the candidate pairs that include a new or changed
 * record are scored, with the active model, so each pair scores as it would in a full run. When the resident
 * index is built with the active model it has those scores at hand, and only the landed batches' records and the
 * persons they touch are read ({@link IndexedIncrementalScope}); otherwise every current record is read and the
 * pairs scored with the blocking and term frequencies of all of them. Everything it changed is written in one
 * transaction.
 */
@Component
class IncrementalRun {

    private final Sources sources;
    private final SourceRecords sourceRecords;
    private final Persons store;
    private final ModelStore models;
    private final LinkRunStore runs;
    private final ReviewDecisions reviewDecisions;
    private final IndexedIncrementalScope indexed;
    private final ResidentIndex residentIndex;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final double lowerProbability;
    private final JoineryProperties.Linking linking;

    IncrementalRun(Sources sources, SourceRecords sourceRecords, Persons store, ModelStore models, LinkRunStore runs,
                   ReviewDecisions reviewDecisions, IndexedIncrementalScope indexed, ResidentIndex residentIndex,
                   TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
                   JoineryProperties properties) {
        this.sources = sources;
        this.sourceRecords = sourceRecords;
        this.store = store;
        this.models = models;
        this.runs = runs;
        this.reviewDecisions = reviewDecisions;
        this.indexed = indexed;
        this.residentIndex = residentIndex;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.lowerProbability = properties.review().lower();
        this.linking = properties.linking();
    }

    /** Links the records of the landed batches (null: every record changed since it was linked). */
    RunResult run(UUID runId, List<UUID> landed, Grant read, Grant write, Consumer<String> progress) {
        long start = System.nanoTime();
        StoredModel stored = models.active().orElseThrow(() -> new IllegalStateException(
                "There is no active model yet: start a full run first, which trains one."));
        Model model = stored.model();
        progress.accept("reading the new, changed and withdrawn records");
        IncrementalScope scope = indexed.gather(read, stored, model, landed)
                .orElseGet(() -> everyRecord(read, model, progress));
        LinkageInput.Gathered gathered = scope.gathered();
        IncrementalAssignment assignment = new IncrementalAssignment(gathered, model.threshold(), scope.previous(),
                store.allJoineryIds(read), JoineryId::next);
        boolean[] changed = assignment.changed();
        List<Long> touched = new ArrayList<>(assignment.withdrawn());
        for (int i = 0; i < changed.length; i++) {
            if (changed[i]) {
                touched.add(gathered.recordIds()[i]);
            }
        }
        int linked = touched.size() - assignment.withdrawn().size();
        progress.accept(String.format(Locale.ROOT, "linking %,d new or changed records into %,d", linked, scope.current()));
        ScoredPairs scored = scope.fromIndex() ? scope.pairs() : linked == 0 ? ScoredPairs.none(gathered.size())
                : new Linkage(gathered.records(), model, progress).predictTouching(model, changed, Linkage.KEEP_WEIGHT);
        ReviewConstraints constraints = reviewDecisions.on(read, gathered.records());
        RunPlan plan = assignment.assign(changed, scored, constraints.guards(model.threshold(), linking))
                .plusUntouched(scope.otherPersons());
        Persons.PairRows kept = FullRun.keptPairs(scored, gathered.recordIds(), lowerProbability);
        String summary = String.format(Locale.ROOT, "Incremental run with model version %d: %,d new or changed records and"
                        + " %,d withdrawn, among %,d current records; %s; %,d pairs scored%s.", stored.version(), linked,
                assignment.withdrawn().size(), scope.current(), plan.summary(), scored.scored(), scope.fromIndex()
                        ? String.format(Locale.ROOT, " by the resident index, %,d records read", gathered.size()) : "");
        if (scope.fromIndex()) {
            residentIndex.updatedBy(runId); // before the commit, which is when the index hears of the run
        }
        try {
            transaction.executeWithoutResult(status -> {
                store.write(write, runId, plan, clock.instant());
                store.replacePairsOf(write, runId, touched, kept);
                store.markBatchesLinked(write, runId, scope.batches());
                runs.finish(runId, stored.id(), linked, plan.persons(), kept.size(), summary);
                events.publishEvent(new PersonsLinked(runId, LinkRun.INCREMENTAL));
            });
        } catch (RuntimeException e) {
            residentIndex.notUpdatedBy(runId);
            throw e;
        }
        if (scope.fromIndex()) {
            residentIndex.linked(joineryIds(scope.previous(), plan));
        }
        return new RunResult(runId, linked, plan.persons(), kept.size(), summary, (System.nanoTime() - start) / 1_000_000);
    }

    /** The scope when the resident index cannot be used: every current record. */
    private IncrementalScope everyRecord(Grant read, Model model, Consumer<String> progress) {
        progress.accept("reading the current source records");
        // read before the records, so every batch marked linked is one whose records this run saw
        List<UUID> batches = sourceRecords.batchIds(read);
        LinkageInput input = new LinkageInput(sources.all());
        sourceRecords.forEachCurrent(read, input);
        LinkageInput.Gathered gathered = input.gathered(Linkage.fieldsUsed(model));
        return new IncrementalScope(gathered, store.snapshot(read), null, gathered.size(), 0, batches);
    }

    /** The Joinery ID of every record the plan placed, for the resident index (a merge moves whole persons). */
    private static Map<Long, String> joineryIds(IndexSnapshot previous, RunPlan plan) {
        Map<UUID, String> joineryIdOf = new HashMap<>();
        for (int p = 0; p < previous.persons(); p++) {
            joineryIdOf.put(previous.personIds()[p], previous.joineryIds()[p]);
        }
        plan.created().forEach(person -> joineryIdOf.put(person.id(), person.joineryId()));
        Map<Long, String> placed = new HashMap<>();
        plan.placements().forEach(placement -> placed.put(placement.recordId(), joineryIdOf.get(placement.personId())));
        return placed;
    }

}
