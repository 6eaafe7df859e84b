package org.joinery.linking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One change in a person's history, with its reason in plain English.
 *
 * @param otherPersonId the other person of a merge or split, else null
 * @param recordId      the source record added or removed, else null
 * @param about         every source record the change is about (named or counted in its reason, or moved by it),
 *                      so that a page shows a reader the change only as far as they may see those records
 */
record PersonChange(UUID personId, String kind, UUID otherPersonId, Long recordId, String reason, Instant occurredAt,
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

    static PersonChange of(UUID personId, String kind, UUID otherPersonId, Long recordId, String reason,
                           Collection<Long> about) {
        TreeSet<Long> all = new TreeSet<>(about);
        if (recordId != null) {
            all.add(recordId);
        }
        return new PersonChange(personId, kind, otherPersonId, recordId, Reasons.fit(reason), null, List.copyOf(all));
    }

    /** The database ids of the records at these positions and at both ends of each link (a null link: none). */
    static List<Long> about(long[] recordIds, int[] positions, LinkGraph.Link... links) {
        List<Long> about = new java.util.ArrayList<>();
        for (int position : positions) {
            about.add(recordIds[position]);
        }
        for (LinkGraph.Link link : links) {
            if (link != null) {
                about.add(recordIds[link.from()]);
                about.add(recordIds[link.to()]);
            }
        }
        return about;
    }

    /** The records it is about as the history keeps them: ids separated by spaces. */
    String aboutColumn() {
        return about.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
