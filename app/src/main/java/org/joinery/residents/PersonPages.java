package org.joinery.residents;

import org.joinery.access.Actor;

/**
 * The person page for one reader, built as far as the access gate allows: each call asks the gate afresh,
 * so each view is audited.
 */
public interface PersonPages {

    /** What the Joinery ID leads to for this reader. */
    JoineryIdLookup look(Actor actor, String joineryId);
}
