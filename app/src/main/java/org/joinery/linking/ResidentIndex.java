package org.joinery.linking;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.linkage.live.Candidate;
import org.joinery.linkage.live.Detail;
import org.joinery.linkage.model.PersonField;
import org.joinery.linking.index.LiveResidentIndex;
import org.joinery.sources.CurrentRecord;
import org.joinery.sources.SourceRecords;
import org.springframework.stereotype.Service;

/**
 * The resident index for other modules: every current record in memory, searched at the front door ("is this
 * resident known?") and by incremental linking ("which records may this new record be?") in milliseconds, with
 * the engine's model, so a candidate's score is what a full run would give the pair. Each call needs a grant.
 */
@Service
public class ResidentIndex {

    /** Persons shown for one front-door search at most. */
    public static final int MAX_PERSONS = 10;
    /** Records looked at per search, so that a person with several records does not crowd out others. */
    private static final int RECORDS_PER_SEARCH = 5 * MAX_PERSONS;

    private final LiveResidentIndex index;
    private final PersonIndexStore store;
    private final Clock clock;

    ResidentIndex(LiveResidentIndex index, PersonIndexStore store, Clock clock) {
        this.index = index;
        this.store = store;
        this.clock = clock;
    }

    /**
     * One person a front-door search found: their best record's match, and which details agreed. It says
     * nothing the searcher did not type: no stored value, no source.
     */
    public record PersonMatch(String joineryId, double matchWeight, double matchProbability, List<Detail> details) {
    }

    /**
     * The persons found, strongest first.
     *
     * @param ready    false while the index is first being built after startup
     * @param narrowed the details typed matched more records than one search scores: more details narrow it
     */
    public record Search(List<PersonMatch> persons, boolean narrowed, boolean ready) {
    }

    /** A record incremental linking may link a new record to, with its person when it has one. */
    public record RecordCandidate(long recordId, UUID sourceId, String joineryId, double matchWeight,
                                  double matchProbability, List<Detail> details) {
    }

    /**
     * Searches for the person the details describe, one result per person (their best record), with the records
     * of the hidden sources taking no part: a person they alone hold is not found, and a person others hold too is
     * scored on the others' records only. The grant: READ RESIDENT_SEARCH for DIRECT_CARE.
     *
     * @param hiddenSources the sources the searcher may not learn hold anyone (see docs/access.md)
     */
    public Search search(Grant grant, Map<PersonField, String> details, Set<UUID> hiddenSources) {
        grant.require(DataCategory.RESIDENT_SEARCH, Action.READ, Purpose.DIRECT_CARE);
        Set<String> excluded = new java.util.HashSet<>();
        hiddenSources.forEach(id -> excluded.add(id.toString()));
        LiveResidentIndex.Found found = index.search(details, RECORDS_PER_SEARCH, excluded);
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
        return new Search(List.copyOf(persons), found.result().narrowed(), index.ready());
    }

    /**
     * The records most likely to be the same person as a record's values, scored against every record held.
     * The grant: READ LINKAGE for RECORD_LINKAGE.
     */
    public List<RecordCandidate> candidates(Grant grant, Map<PersonField, String> values, int limit) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        LiveResidentIndex.Found found = index.search(values, limit);
        return found.result().candidates().stream().map(c -> {
            long id = Long.parseLong(c.recordId());
            return new RecordCandidate(id, UUID.fromString(c.source()), found.joineryIdOf().get(id), c.matchWeight(),
                    c.matchProbability(), c.details());
        }).toList();
    }

    /**
     * A new person made of one record registered at the front door, searchable at once. The grant: WRITE
     * IDENTITY for the record's organisation (the practitioner's own).
     */
    public PersonRef registerPerson(Grant grant, CurrentRecord record, String reason) {
        grant.require(DataCategory.IDENTITY, Action.WRITE);
        String joineryId = JoineryId.next();
        while (store.joineryIdTaken(grant, joineryId)) {
            joineryId = JoineryId.next();
        }
        return store.createPerson(grant, record.id(), joineryId, reason, clock.instant());
    }

    /** Adds or replaces a record in the index at once (after its transaction has committed). */
    public void put(CurrentRecord record, String joineryId) {
        index.put(record, joineryId);
    }

    /** The candidates for a current record, as {@link #candidates(Grant, Map, int)}. */
    List<RecordCandidate> candidates(Grant grant, CurrentRecord record, int limit) {
        return candidates(grant, LiveResidentIndex.valuesOf(record), limit);
    }

    /** Whether incremental linking can score with the index: it is built with this active model version. */
    boolean scoresWith(int modelVersion) {
        return index.scoresWith(modelVersion);
    }

    /** Whether the index holds exactly the records of this census (by their number and the sum of their ids). */
    boolean holds(SourceRecords.Census census) {
        return index.size() == census.records() && index.idSum() == census.idSum();
    }

    /** Says, before an incremental run commits, that it will update the index itself: no rebuild after it. */
    void updatedBy(UUID runId) {
        index.updatedBy(runId);
    }

    /** Records' persons after an incremental run, without a rebuild. */
    void linked(Map<Long, String> joineryIdOf) {
        index.linked(joineryIdOf);
    }

    /** An incremental run that said it would update the index failed: nothing to wait for. */
    void notUpdatedBy(UUID runId) {
        index.takeUpdatedBy(runId);
    }

    /** Takes a withdrawn record out of the index. */
    public void remove(UUID sourceId, long recordId) {
        index.remove(sourceId, recordId);
    }

    /** Builds the index again from every current record, now (the demo seeder and tests); returns its size. */
    public int rebuild() {
        return index.rebuild();
    }

    /** Builds the index again in the background. */
    public void requestRebuild() {
        index.requestRebuild();
    }

    public boolean ready() {
        return index.ready();
    }

    public int size() {
        return index.size();
    }
}
