package org.joinery.sharing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An organisation's (or team's) relationship with a person: what gives its practitioners a reason
 * to see the person's shared record.
 *
 * @param sourceId     the source whose open records it is derived from, or null when a practitioner started it
 * @param lawfulBasis  the lawful basis in words (a source's own wording, or a {@link LawfulBasis} citation)
 * @param endedOn      the day it ended, or null while open
 */
public record Involvement(UUID id, UUID personId, UUID organisationId, String organisationName, UUID sourceId,
                          UUID teamId, String teamName, String lawfulBasis, String reason, boolean sensitive,
                          String contact, LocalDate startedOn, LocalDate endedOn, String endReason) {

    public boolean derived() {
        return sourceId != null;
    }

    public boolean open() {
        return endedOn == null;
    }
}
