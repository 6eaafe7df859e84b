package org.joinery.index;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One change in a person's history, with its reason in plain English.
 *
 * @param otherPersonId the other person of a merge or split, else null
 * @param recordId      the source record added or removed, else null
 * @param about         every source record the change is about (named or counted in its reason, or moved by it),
 *                      so that a page shows a reader the change only as far as they may see those records
 */
public record PersonChange(UUID personId, String kind, UUID otherPersonId, Long recordId, String reason, Instant occurredAt,
                           List<Long> about) {

    /** The person was made by a run or an incremental link. */
    public static final String CREATED = "CREATED";
    /** A record joined the person. */
    public static final String RECORD_ADDED = "RECORD_ADDED";
    /** A record left the person: withdrawn by its source, or now linked elsewhere. */
    public static final String RECORD_REMOVED = "RECORD_REMOVED";
    /** Another person was merged into this one (the other person is retired). */
    public static final String MERGED = "MERGED";
    /** This person was merged into another and retired. */
    public static final String MERGED_INTO = "MERGED_INTO";
    /** Some of this person's records split off into a new person. */
    public static final String SPLIT = "SPLIT";
    /** This person was made from records split off another. */
    public static final String SPLIT_FROM = "SPLIT_FROM";
    /** Every record of this person was withdrawn: the person is retired. */
    public static final String RETIRED = "RETIRED";

    private static final int MAX_REASON = 1000;

    /** A change not written yet (written, it takes the run's time), its reason cut to fit the history. */
    public static PersonChange of(UUID personId, String kind, UUID otherPersonId, Long recordId, String reason,
                                  Collection<Long> about) {
        TreeSet<Long> all = new TreeSet<>(about);
        if (recordId != null) {
            all.add(recordId);
        }
        return new PersonChange(personId, kind, otherPersonId, recordId, fit(reason), null, List.copyOf(all));
    }

    /** Reasons are kept in a column of 1,000 characters. */
    private static String fit(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }
}
