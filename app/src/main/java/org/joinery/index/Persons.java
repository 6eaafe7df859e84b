package org.joinery.index;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.access.Grant;

/**
 * The persons of the index: which source records make up each, their Joinery IDs and history, and the scored
 * pairs between records that explain the links. Pages and rules read them; linkage runs read a snapshot and
 * write what they changed. Every method needs a grant from the access gate and checks it first.
 */
public interface Persons {

    /** The person with this Joinery ID (retired ones too, so that old IDs can be followed). */
    Optional<PersonRef> byJoineryId(Grant grant, String joineryId);

    /** The ids of the source records that make up the person now (a grant to read the person's INVOLVEMENT or LINKAGE). */
    List<Long> recordIdsOf(Grant grant, UUID personId);

    /** The person's merge and split history with reasons, oldest first. */
    List<PersonEvent> history(Grant grant, UUID personId);

    /** Where a retired person went: the Joinery ID of the current person it was merged into, if any. */
    Optional<String> mergedInto(Grant grant, UUID retiredPersonId);

    /** Every source record's person now (a grant to read LINKAGE), for deriving involvements after a run. */
    void forEachMembership(Grant grant, Consumer<Membership> each);

    /** The Joinery IDs of these persons (a grant to read INVOLVEMENT or LINKAGE), for lists of involvements. */
    Map<UUID, String> joineryIdsOf(Grant grant, Collection<UUID> personIds);

    // The scored pairs the latest runs kept: clerical review, explanations and the person page.

    /** Pairs whose probability lies in [lower, upper], most uncertain (closest to one half) first. */
    List<ScoredPair> pairsBetween(Grant grant, double lower, double upper);

    /** The scored pair of these two records, in either order. */
    Optional<ScoredPair> pair(Grant grant, long oneRecordId, long otherRecordId);

    /** The scored pairs between these records of a person (a grant to read the person's INVOLVEMENT or IDENTITY). */
    List<ScoredPair> pairsAmong(Grant grant, Collection<Long> recordIds);

    // What linkage runs read of the index as it is, and write in their own transaction (LINKAGE, RECORD_LINKAGE).

    /** Every linked record of every person not retired, with its person, for a run to start from. */
    IndexSnapshot snapshot(Grant grant);

    /**
     * The linked records of the persons (not retired) holding any of these records, with those persons: all an
     * incremental run that scored with the resident index needs to see of the index.
     */
    IndexSnapshot snapshotOfPersonsHolding(Grant grant, Collection<Long> recordIds);

    /**
     * Records the batches this run linked (those it read before reading records), in the run's transaction: what the
     * home page tells an organisation, and a landed batch a run has covered needs no run of its own.
     */
    void markBatchesLinked(Grant grant, UUID runId, Collection<UUID> batches);

    /** How many persons are not retired. */
    int livingPersons(Grant grant);

    /** Every Joinery ID ever given, retired ones too: a new ID must never reuse one. */
    Set<String> allJoineryIds(Grant grant);

    /**
     * Writes what a run changed: new persons, records placed and removed, persons retired, and the history
     * events. The caller holds the transaction, so a run lands whole or not at all.
     */
    void write(Grant grant, UUID runId, RunPlan plan, Instant now);

    /** Replaces every kept pair with a full run's (at or above the lower review probability). */
    void replacePairs(Grant grant, UUID runId, PairRows pairs);

    /** Replaces the kept pairs of these records with an incremental run's. */
    void replacePairsOf(Grant grant, UUID runId, Collection<Long> recordIds, PairRows pairs);

    /** Pairs to keep, by database record id (left below right). */
    record PairRows(long[] left, long[] right, double[] weight, double[] probability) {
        public int size() {
            return left.length;
        }
    }
}
