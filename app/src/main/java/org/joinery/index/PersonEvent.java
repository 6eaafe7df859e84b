package org.joinery.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One entry of a person's history: created, merged, split, record added or removed, with its reason.
 *
 * @param otherJoineryId the Joinery ID of the other person in a merge or split, or null
 * @param about          the source records it is about (named or counted in its reason, or moved by it), or null
 *                       for an entry written before Joinery kept them: then which records it is about is not known
 */
public record PersonEvent(String kind, String otherJoineryId, String reason, Instant occurredAt, List<Long> about) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The day it happened where the borough is. */
    public LocalDate day() {
        return LocalDate.ofInstant(occurredAt, LONDON);
    }
}
