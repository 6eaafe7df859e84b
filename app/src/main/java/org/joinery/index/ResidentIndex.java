package org.joinery.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Grant;
import org.joinery.linkage.live.Detail;
import org.joinery.linkage.model.PersonField;
import org.joinery.sources.CurrentRecord;
import org.joinery.sources.SourceRecords;

/**
 * The resident index: every current record in memory, searched at the front door ("is this resident known?") and
 * by incremental linking ("which records may this new record be?") in milliseconds, with the engine's model, so a
 * candidate's score is what a full run would give the pair. Searches and registrations need a grant; keeping the
 * index in step with the records (put, remove, rebuild) reveals nothing and needs none.
 */
public interface ResidentIndex {

    /** Persons shown for one front-door search at most. */
    int MAX_PERSONS = 10;

    /**
     * One person a front-door search found: their best record's match, and which details agreed. It says
     * nothing the searcher did not type: no stored value, no source.
     */
    record PersonMatch(String joineryId, double matchWeight, double matchProbability, List<Detail> details) {
    }

    /**
     * The persons found, strongest first.
     *
     * @param ready    false while the index is first being built after startup
     * @param narrowed the details typed matched more records than one search scores: more details narrow it
     */
    record Search(List<PersonMatch> persons, boolean narrowed, boolean ready) {
    }

    /** A record incremental linking may link a new record to, with its person when it has one. */
    record RecordCandidate(long recordId, UUID sourceId, String joineryId, double matchWeight,
                           double matchProbability, List<Detail> details) {
    }

    /**
     * Searches for the person the details describe, one result per person (their best record), with the records
     * of the hidden sources taking no part: a person they alone hold is not found, and a person others hold too is
     * scored on the others' records only. The grant: READ RESIDENT_SEARCH for DIRECT_CARE.
     *
     * @param hiddenSources the sources the searcher may not learn hold anyone (see docs/access.md)
     */
    Search search(Grant grant, Map<PersonField, String> details, Set<UUID> hiddenSources);

    /**
     * The records most likely to be the same person as a record's values, scored against every record held.
     * The grant: READ LINKAGE for RECORD_LINKAGE.
     */
    List<RecordCandidate> candidates(Grant grant, Map<PersonField, String> values, int limit);

    /** The candidates for a current record, as {@link #candidates(Grant, Map, int)}. */
    List<RecordCandidate> candidates(Grant grant, CurrentRecord record, int limit);

    /**
     * A new person made of one record registered at the front door, searchable at once. The grant: WRITE
     * IDENTITY for the record's organisation (the practitioner's own).
     */
    PersonRef registerPerson(Grant grant, CurrentRecord record, String reason);

    /**
     * Adds or replaces a record (a new front-door registration, an incremental run's new or changed record)
     * without a rebuild, with its person when known (after its transaction has committed).
     */
    void put(CurrentRecord record, String joineryId);

    /** Takes a withdrawn record out of the index. */
    void remove(UUID sourceId, long recordId);

    /** Builds the index again from every current record, now (the demo seeder and tests); returns its size. */
    int rebuild();

    /** Builds the index again in the background. */
    void requestRebuild();

    /** Whether a build has finished since startup (before that, searches find nothing and the page says so). */
    boolean ready();

    int size();

    // For incremental linking, which scores with the index when it can.

    /** Whether incremental linking can score with the index: it is built with this active model version. */
    boolean scoresWith(int modelVersion);

    /** Whether the index holds exactly the records of this census (by their number and the sum of their ids). */
    boolean holds(SourceRecords.Census census);

    /** Says, before an incremental run commits, that it will update the index itself: no rebuild after it. */
    void updatedBy(UUID runId);

    /** Records' persons after an incremental run, without a rebuild (a merge moves records not in the batch). */
    void linked(Map<Long, String> joineryIdOf);

    /** An incremental run that said it would update the index failed: nothing to wait for. */
    void notUpdatedBy(UUID runId);
}
