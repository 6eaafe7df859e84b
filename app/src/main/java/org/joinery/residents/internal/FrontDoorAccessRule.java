package org.joinery.residents.internal;

import java.util.Optional;
import java.util.Set;
import org.joinery.access.AccessFacts;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.springframework.stereotype.Component;

/**
 * Practitioners and team managers register a resident Joinery does not know as a record of their own
 * organisation, for direct care. (Searching the index is the sharing module's resident-search rule.)
 */
@Component
class FrontDoorAccessRule implements AccessRule {

    static final String REGISTER_RULE = "front-door-registration";

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.IDENTITY);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        if (request.purpose() != Purpose.DIRECT_CARE || !practitioner(request.actor())) {
            return Optional.empty();
        }
        if (request.action() == Action.WRITE
                && request.data().subjectId() == null && request.actor().organisationId() != null
                && request.actor().organisationId().equals(request.data().organisationId())) {
            return Optional.of(Decision.allow(REGISTER_RULE, "Practitioners register a resident Joinery does not know"
                    + " as a record of their own organisation."));
        }
        return Optional.empty();
    }

    private static boolean practitioner(Actor actor) {
        return actor.has(Role.PRACTITIONER) || actor.has(Role.TEAM_MANAGER);
    }
}
