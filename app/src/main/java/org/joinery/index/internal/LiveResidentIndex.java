package org.joinery.index.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.index.JoineryId;
import org.joinery.index.PersonRef;
import org.joinery.index.ResidentIndex;
import org.joinery.linkage.live.Candidate;
import org.joinery.linkage.live.LiveIndex;
import org.joinery.linkage.live.SearchResult;
import org.joinery.linkage.model.PersonField;
import org.joinery.sources.CurrentRecord;
import org.joinery.sources.SourceRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every current record in memory, in the engine's {@link LiveIndex}, with the Joinery ID of the person each
 * belongs to. Built at startup when records exist and again after every linkage run that did not update it
 * itself, in the background: until a new build is ready, searches use the previous one, so the front door never
 * waits for a rebuild. Searches pass the gate's grant; a front-door search shows one result per person.
 */
@Component
class LiveResidentIndex implements ResidentIndex {

    /** Joinery keeping the resident index: reads every current record, for record linkage. */
    static final Actor ACTOR = Actor.system("resident index");

    /** Records looked at per search, so that a person with several records does not crowd out others. */
    private static final int RECORDS_PER_SEARCH = 5 * MAX_PERSONS;

    private static final Logger LOG = LoggerFactory.getLogger(LiveResidentIndex.class);

    /** One build: the live index and each record's person. Records are named by source id and record id. */
    record Snapshot(LiveIndex index, Map<Long, String> joineryIdOf, int modelVersion, AtomicLong idSum) {
        static final Snapshot EMPTY = new Snapshot(null, Map.of(), IndexModel.SHIPPED_VERSION, new AtomicLong());
    }

    private final AccessGate gate;
    private final SourceRecords records;
    private final PersonStore persons;
    private final IndexModel model;
    private final Clock clock;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.EMPTY);
    private final AtomicBoolean built = new AtomicBoolean();
    private final AtomicBoolean rebuildWanted = new AtomicBoolean();
    /** Runs that bring the index up to date themselves, record by record, so their links need no rebuild. */
    private final Set<UUID> selfUpdating = ConcurrentHashMap.newKeySet();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "resident-index");
        thread.setDaemon(true);
        return thread;
    });

    LiveResidentIndex(AccessGate gate, SourceRecords records, PersonStore persons, IndexModel model, Clock clock) {
        this.gate = gate;
        this.records = records;
        this.persons = persons;
        this.model = model;
        this.clock = clock;
    }

    @Override
    public Search search(Grant grant, Map<PersonField, String> details, Set<UUID> hiddenSources) {
        grant.require(DataCategory.RESIDENT_SEARCH, Action.READ, Purpose.DIRECT_CARE);
        Set<String> excluded = new HashSet<>();
        hiddenSources.forEach(id -> excluded.add(id.toString()));
        Found found = search(details, RECORDS_PER_SEARCH, excluded);
        Set<String> seen = new LinkedHashSet<>();
        List<PersonMatch> persons = new ArrayList<>();
        for (Candidate candidate : found.result().candidates()) {
            String joineryId = found.joineryIdOf().get(Long.parseLong(candidate.recordId()));
            // a record not linked yet has no person to show; the next linkage run gives it one
            if (joineryId != null && seen.add(joineryId) && persons.size() < MAX_PERSONS) {
                persons.add(new PersonMatch(joineryId, candidate.matchWeight(), candidate.matchProbability(),
                        candidate.details()));
            }
        }
        return new Search(List.copyOf(persons), found.result().narrowed(), ready());
    }

    @Override
    public List<RecordCandidate> candidates(Grant grant, Map<PersonField, String> values, int limit) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        Found found = search(values, limit, Set.of());
        return found.result().candidates().stream().map(c -> {
            long id = Long.parseLong(c.recordId());
            return new RecordCandidate(id, UUID.fromString(c.source()), found.joineryIdOf().get(id), c.matchWeight(),
                    c.matchProbability(), c.details());
        }).toList();
    }

    @Override
    public List<RecordCandidate> candidates(Grant grant, CurrentRecord record, int limit) {
        return candidates(grant, IndexedRecords.valuesOf(record), limit);
    }

    @Override
    public PersonRef registerPerson(Grant grant, CurrentRecord record, String reason) {
        grant.require(DataCategory.IDENTITY, Action.WRITE);
        String joineryId = JoineryId.next();
        while (persons.joineryIdTaken(grant, joineryId)) {
            joineryId = JoineryId.next();
        }
        return persons.createPerson(grant, record.id(), joineryId, reason, clock.instant());
    }

    /** Builds the index now from every current record and replaces the one in use; returns its size. */
    @Override
    public synchronized int rebuild() {
        long start = System.nanoTime();
        Grant grant = gate.authorise(ACTOR, Action.READ, DataRef.of(DataCategory.LINKAGE, null), Purpose.RECORD_LINKAGE);
        IndexedRecords gathered = new IndexedRecords();
        AtomicLong idSum = new AtomicLong();
        records.forEachCurrent(grant, record -> {
            gathered.add(record);
            idSum.addAndGet(record.id());
        });
        Map<Long, String> joineryIds = new ConcurrentHashMap<>();
        persons.forEachLinkedRecord(grant, (joineryId, recordId) -> joineryIds.put(recordId, joineryId));
        IndexModel.Chosen chosen = model.chosen();
        LiveIndex index = gathered.size() == 0 ? null : LiveIndex.build(gathered.toRecords(), chosen.model());
        current.set(new Snapshot(index, joineryIds, chosen.version(), idSum));
        built.set(true);
        LOG.info("Resident index built: {} records, {} linked to persons, in {} ms", gathered.size(), joineryIds.size(),
                (System.nanoTime() - start) / 1_000_000);
        return gathered.size();
    }

    /**
     * Rebuilds in the background; requests made while a build runs are served by one more build after it, so a
     * burst of linkage runs costs two builds, not one each.
     */
    @Override
    public void requestRebuild() {
        if (rebuildWanted.compareAndSet(false, true)) {
            builder.execute(() -> {
                rebuildWanted.set(false);
                try {
                    rebuild();
                } catch (RuntimeException e) {
                    LOG.error("The resident index could not be rebuilt; searches use the previous build", e);
                }
            });
        }
    }

    /** Ready with no records, when there are none to read (the first linkage run builds it). */
    void startEmpty() {
        built.set(true);
    }

    @Override
    public boolean ready() {
        return built.get();
    }

    /**
     * Whether the index is built, holds records, and scores with this stored model version (an incremental run
     * may use it only then, so that its links are the model's).
     */
    @Override
    public boolean scoresWith(int modelVersion) {
        Snapshot snapshot = current.get();
        return built.get() && snapshot.index() != null && snapshot.modelVersion() == modelVersion;
    }

    /** The number and the sum of the ids of the records held, to compare with the sources' census. */
    @Override
    public boolean holds(SourceRecords.Census census) {
        return size() == census.records() && current.get().idSum().get() == census.idSum();
    }

    @Override
    public int size() {
        LiveIndex index = current.get().index();
        return index == null ? 0 : index.size();
    }

    /**
     * The best candidates for a query, with the records of these sources (ids as text) taking no part, and the
     * Joinery ID of each record's person (absent: not linked yet).
     */
    private Found search(Map<PersonField, String> query, int limit, Set<String> excludedSources) {
        Snapshot snapshot = current.get();
        if (snapshot.index() == null) {
            return new Found(new SearchResult(List.of(), 0, false), snapshot.joineryIdOf());
        }
        return new Found(snapshot.index().search(query, limit, excludedSources), snapshot.joineryIdOf());
    }

    /** A search's result with the persons of its records. */
    private record Found(SearchResult result, Map<Long, String> joineryIdOf) {
    }

    /**
     * Adds or replaces a record (a new front-door registration, an incremental run's new or changed record)
     * without a rebuild, with its person when known.
     */
    @Override
    public void put(CurrentRecord record, String joineryId) {
        Snapshot snapshot = current.get();
        if (snapshot.index() == null) {
            requestRebuild();
            return;
        }
        String source = record.sourceId().toString();
        String id = Long.toString(record.id());
        boolean held = snapshot.index().contains(source, id);
        snapshot.index().put(source, id, IndexedRecords.valuesOf(record));
        if (!held) {
            snapshot.idSum().addAndGet(record.id());
        }
        if (joineryId != null) {
            snapshot.joineryIdOf().put(record.id(), joineryId);
        }
    }

    /** Records' persons after an incremental run (a merge moves records that were not in the batch). */
    @Override
    public void linked(Map<Long, String> joineryIdOf) {
        Snapshot snapshot = current.get();
        if (snapshot.index() != null) {
            snapshot.joineryIdOf().putAll(joineryIdOf);
        }
    }

    /** Says, before its links are committed, that this run will update the index itself. */
    @Override
    public void updatedBy(UUID runId) {
        selfUpdating.add(runId);
    }

    @Override
    public void notUpdatedBy(UUID runId) {
        takeUpdatedBy(runId);
    }

    /** Whether this run said it updates the index itself (asked once, when its links are committed). */
    boolean takeUpdatedBy(UUID runId) {
        return selfUpdating.remove(runId);
    }

    /** Removes a withdrawn record. */
    @Override
    public void remove(UUID sourceId, long recordId) {
        Snapshot snapshot = current.get();
        if (snapshot.index() != null) {
            if (snapshot.index().remove(sourceId.toString(), Long.toString(recordId))) {
                snapshot.idSum().addAndGet(-recordId);
            }
            snapshot.joineryIdOf().remove(recordId);
        }
    }
}
