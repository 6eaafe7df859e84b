package org.joinery.sharing.internal;

import java.time.LocalDate;
import java.util.UUID;

/** An involvement to derive from a source's open records linked to a person. */
record DerivedInvolvement(UUID personId, UUID organisationId, UUID sourceId, String lawfulBasis, String reason,
                                 boolean sensitive, String contact, LocalDate startedOn) {
}
