package org.joinery.linking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One entry of a person's history: created, merged, split, record added or removed, with its reason.
 *
 * @param otherJoineryId the Joinery ID of the other person in a merge or split, or null
 */
public record PersonEvent(String kind, String otherJoineryId, String reason, Instant occurredAt) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The day it happened where the borough is. */
    public LocalDate day() {
        return LocalDate.ofInstant(occurredAt, LONDON);
    }
}
