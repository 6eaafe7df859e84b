package org.joinery.linking;

import java.time.Instant;
import java.util.UUID;

/**
 * One change in a person's history, with its reason in plain English.
 *
 * @param otherPersonId the other person of a merge or split, else null
 * @param recordId      the source record added or removed, else null
 */
record PersonChange(UUID personId, String kind, UUID otherPersonId, Long recordId, String reason, Instant occurredAt) {

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

    static PersonChange of(UUID personId, String kind, UUID otherPersonId, Long recordId, String reason) {
        return new PersonChange(personId, kind, otherPersonId, recordId, Reasons.fit(reason), null);
    }
}
