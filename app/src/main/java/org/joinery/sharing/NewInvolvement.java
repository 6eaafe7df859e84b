package org.joinery.sharing;

import java.util.UUID;

/** An involvement a practitioner starts: why, on which lawful basis, which team, whom to contact. */
public record NewInvolvement(String reason, LawfulBasis lawfulBasis, UUID teamId, String contact, boolean sensitive) {
}
