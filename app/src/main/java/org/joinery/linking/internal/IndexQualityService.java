package org.joinery.linking.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.index.IndexSnapshot;
import org.joinery.index.Persons;
import org.joinery.linkage.evaluate.Evaluation;
import org.joinery.linkage.evaluate.TruthFile;
import org.joinery.linkage.predict.ScoredPairs;
import org.joinery.linking.IndexQuality;
import org.joinery.sources.SourceRecords;
import org.joinery.sources.Sources;
import org.springframework.stereotype.Service;

/** The persons of the index against a truth file, and their Joinery IDs, read through the gate for benchmarks. */
@Service
class IndexQualityService implements IndexQuality {

    private final AccessGate gate;
    private final Sources sources;
    private final SourceRecords sourceRecords;
    private final Persons store;

    IndexQualityService(AccessGate gate, Sources sources, SourceRecords sourceRecords, Persons store) {
        this.gate = gate;
        this.sources = sources;
        this.sourceRecords = sourceRecords;
        this.store = store;
    }

    @Override
    public Scores against(Actor actor, Path truthFile) {
        Grant read = read(actor);
        LinkageInput input = new LinkageInput(sources.all());
        sourceRecords.forEachCurrent(read, input);
        LinkageInput.Gathered gathered = input.gathered(Set.of());
        IndexSnapshot snapshot = store.snapshot(read);
        Map<Long, Integer> personOf = new HashMap<>(snapshot.recordIds().length * 2);
        for (int k = 0; k < snapshot.recordIds().length; k++) {
            personOf.put(snapshot.recordIds()[k], snapshot.personOf()[k]);
        }
        // The engine names a cluster by one of its records: the first record of each person.
        int[] clusters = new int[gathered.size()];
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < gathered.size(); i++) {
            Integer person = personOf.get(gathered.recordIds()[i]);
            int record = i;
            // A record in no person (not linked yet) is a person of its own.
            clusters[i] = person == null ? i : first.computeIfAbsent(person, k -> record);
        }
        long persons = java.util.stream.IntStream.of(clusters).distinct().count();
        String[] truth = TruthFile.read(truthFile, gathered.records());
        Evaluation.Report report = new Evaluation(gathered.records(), truth)
                .evaluate(ScoredPairs.none(gathered.size()), clusters, 0.5, 0);
        return new Scores(gathered.size(), (int) persons, report.clusterPairwise(), report.bCubed());
    }

    @Override
    public Set<String> livingJoineryIds(Actor actor) {
        IndexSnapshot snapshot = store.snapshot(read(actor));
        return new HashSet<>(java.util.Arrays.asList(snapshot.joineryIds()));
    }

    private Grant read(Actor actor) {
        return gate.authorise(actor, Action.READ, DataRef.of(DataCategory.LINKAGE, null), Purpose.RECORD_LINKAGE);
    }
}
