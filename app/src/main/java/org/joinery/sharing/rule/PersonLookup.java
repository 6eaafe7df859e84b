package org.joinery.sharing.rule;

import java.util.Optional;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.index.PersonRef;
import org.joinery.index.Persons;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the identity rule needs to know about a person before it can decide: the rule reads
 * involvements too, so it asks the gate as Joinery itself ("access rule"). That look is audited like
 * any other, next to the decision it served. The gate is fetched lazily: it is built from the rules.
 */
@Component
class PersonLookup {

    static final Actor ACTOR = Actor.system("access rule");

    private final ObjectProvider<AccessGate> gate;
    private final Persons persons;

    PersonLookup(ObjectProvider<AccessGate> gate, Persons persons) {
        this.gate = gate;
        this.persons = persons;
    }

    /** A grant to read the person's involvements, to decide a request about data the organisation holds. */
    Grant grant(String joineryId, UUID organisationId) {
        return gate.getObject().authorise(ACTOR, Action.READ, DataRef.subject(DataCategory.INVOLVEMENT, joineryId,
                organisationId), Purpose.DIRECT_CARE);
    }

    Optional<UUID> personId(Grant grant, String joineryId) {
        return persons.byJoineryId(grant, joineryId).map(PersonRef::id);
    }
}
