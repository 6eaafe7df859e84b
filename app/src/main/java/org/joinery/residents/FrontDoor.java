package org.joinery.residents;

import java.util.Map;
import org.joinery.access.Actor;
import org.joinery.linkage.model.PersonField;
import org.joinery.index.PersonRef;
import org.joinery.index.ResidentIndex;

/**
 * The front door: is the resident already known? Searches the resident index, and registers a new person
 * when there is no likely match. Each goes through the access gate, which audits it.
 */
public interface FrontDoor {

    /**
     * The persons likely to be the resident, strongest first: those at or above the likely probability. Other
     * organisations' sensitive sources take no part (docs/access.md, "Searching at the front door"): a search
     * must not tell a practitioner that a refuge knows someone, by a listing, a probability or an agreeing detail.
     */
    ResidentIndex.Search search(Actor actor, Map<PersonField, String> details);

    /**
     * Registers the resident as a new person: the typed details become a record of the practitioner's
     * organisation's front-door source, the record a person, searchable at once.
     */
    PersonRef register(Actor actor, Map<PersonField, String> details, String reason);
}
