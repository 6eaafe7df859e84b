package org.joinery.linking.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.joinery.access.Grant;
import org.joinery.index.IndexSnapshot;
import org.joinery.index.Persons;
import org.joinery.index.ResidentIndex;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.predict.ScoredPairs;
import org.joinery.linking.StoredModel;
import org.joinery.sources.CurrentRecord;
import org.joinery.sources.SourceRecords;
import org.joinery.sources.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An incremental run's scope from the resident index, which holds every current record and scores a record
 * against all of them as the batch scorer would: only the records of the batches that landed are read, each new
 * or changed one is searched in the index, and then only the records of the persons its candidates (and the
 * batch's withdrawn records) belong to. Empty when the index cannot be trusted to hold every current record,
 * so that the run reads every record instead.
 */
@Component
class IndexedIncrementalScope {

    /**
     * Candidates per new record. The run links on pairs at or above the threshold and keeps pairs at or above
     * the lower review probability: a record has far fewer of those than this.
     */
    static final int CANDIDATES = 50;

    private static final Logger LOG = LoggerFactory.getLogger(IndexedIncrementalScope.class);

    private final Sources sources;
    private final SourceRecords sourceRecords;
    private final Persons store;
    private final ResidentIndex index;

    IndexedIncrementalScope(Sources sources, SourceRecords sourceRecords, Persons store, ResidentIndex index) {
        this.sources = sources;
        this.sourceRecords = sourceRecords;
        this.store = store;
        this.index = index;
    }

    /** The scope of a run over the records these batches wrote or withdrew (null: every record, so none from here). */
    Optional<IncrementalScope> gather(Grant read, StoredModel stored, Model model, List<UUID> landedBatches) {
        if (landedBatches == null) {
            return Optional.empty();
        }
        if (!index.scoresWith(stored.version())) {
            LOG.info("Incremental run reads every record: the resident index is not built with model version {} yet",
                    stored.version());
            return Optional.empty();
        }
        long start = System.nanoTime();
        Set<UUID> landedSet = Set.copyOf(landedBatches);
        List<UUID> batches = sourceRecords.batchIds(read).stream().filter(landedSet::contains).toList();
        List<CurrentRecord> landed = sourceRecords.currentOfBatches(read, batches);
        List<Long> withdrawn = sourceRecords.withdrawnByBatches(read, batches);
        List<CurrentRecord> pending = pending(read, landed);
        // the index learns the batch first, so new records find each other as well as those already held
        sourceRecords.holders(read, withdrawn).forEach((id, source) -> index.remove(source, id));
        pending.forEach(record -> index.put(record, null));
        SourceRecords.Census census = sourceRecords.census(read);
        if (!index.holds(census)) {
            LOG.info("Incremental run reads every record: the resident index holds {} records, not the sources' {}"
                    + " (records not written by a batch, or a rebuild behind)", index.size(), census.records());
            return Optional.empty();
        }
        int current = (int) census.records();
        long searching = System.nanoTime();
        // searches run side by side: the live index serves concurrent searches, and they are most of the run
        Map<Long, Map<Long, Double>> candidates = new ConcurrentHashMap<>();
        pending.parallelStream().forEach(record -> candidates.put(record.id(), candidatesOf(read, record)));
        Set<Long> wanted = new HashSet<>(withdrawn);
        candidates.forEach((id, found) -> {
            wanted.add(id);
            wanted.addAll(found.keySet());
        });
        long searched = System.nanoTime();
        IndexSnapshot previous = store.snapshotOfPersonsHolding(read, wanted);
        Set<Long> ids = new TreeSet<>();
        for (long id : previous.recordIds()) {
            ids.add(id);
        }
        pending.forEach(record -> ids.add(record.id()));
        LinkageInput input = new LinkageInput(sources.all());
        sourceRecords.current(read, ids).stream().sorted(Comparator.comparingLong(CurrentRecord::id)).forEach(input);
        LinkageInput.Gathered gathered = input.gathered(Linkage.fieldsUsed(model));
        LOG.info("Incremental run from the resident index: {} batches, {} new or changed records, {} withdrawn; read and"
                        + " updated the index in {} ms, searched it in {} ms, read {} records of the persons concerned in {} ms",
                batches.size(), pending.size(), withdrawn.size(), (searching - start) / 1_000_000,
                (searched - searching) / 1_000_000, gathered.size(), (System.nanoTime() - searched) / 1_000_000);
        return Optional.of(new IncrementalScope(gathered, previous, pairs(gathered, candidates), current,
                store.livingPersons(read) - previous.persons(), batches));
    }

    /** The index's candidates for a record, itself left out, at or above the weight a prediction keeps. */
    private Map<Long, Double> candidatesOf(Grant read, CurrentRecord record) {
        Map<Long, Double> found = new HashMap<>();
        for (ResidentIndex.RecordCandidate c : index.candidates(read, record, CANDIDATES)) {
            if (c.recordId() != record.id() && c.matchWeight() >= Linkage.KEEP_WEIGHT) {
                found.put(c.recordId(), c.matchWeight());
            }
        }
        return found;
    }

    /** The landed records that are new, or changed since they were linked (the rest were landed unchanged). */
    private List<CurrentRecord> pending(Grant read, List<CurrentRecord> landed) {
        IndexSnapshot linked = store.snapshotOfPersonsHolding(read, landed.stream().map(CurrentRecord::id).toList());
        Map<Long, Integer> position = linked.positionById();
        List<CurrentRecord> pending = new ArrayList<>();
        for (CurrentRecord record : landed) {
            Integer k = position.get(record.id());
            if (k == null || linked.fingerprints()[k] != LinkageInput.fingerprint(record.fields())) {
                pending.add(record);
            }
        }
        return pending;
    }

    /** The index's scores as pairs of gathered records, each pair once. */
    private static ScoredPairs pairs(LinkageInput.Gathered gathered, Map<Long, Map<Long, Double>> candidates) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < gathered.size(); i++) {
            position.put(gathered.recordIds()[i], i);
        }
        Set<Long> seen = new HashSet<>();
        List<int[]> ends = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        candidates.forEach((id, found) -> found.forEach((other, weight) -> {
            Integer a = position.get(id);
            Integer b = position.get(other);
            // a candidate outside the gathered records is one withdrawn since the index was read: not a pair
            if (a != null && b != null && seen.add(key(a, b))) {
                ends.add(new int[] {a, b});
                weights.add(weight.floatValue());
            }
        }));
        int[] left = new int[ends.size()];
        int[] right = new int[ends.size()];
        float[] weight = new float[ends.size()];
        for (int p = 0; p < ends.size(); p++) {
            left[p] = ends.get(p)[0];
            right[p] = ends.get(p)[1];
            weight[p] = weights.get(p);
        }
        return ScoredPairs.of(gathered.size(), left, right, weight);
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
