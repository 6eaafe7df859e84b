package org.joinery.organisations;

import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.Role;

/**
 * Who administers which organisation: an administrator administers their own organisation, and an
 * administrator of the host organisation administers every organisation. The staff-account access
 * rule and the organisation pages both ask this, so the two cannot drift apart.
 */
public final class OrganisationAdministration {

    private OrganisationAdministration() {
    }

    /** Whether the actor administers the organisation; a null organisation means "every organisation". */
    public static boolean administers(Actor actor, UUID organisationId) {
        if (!actor.has(Role.ADMINISTRATOR)) {
            return false;
        }
        return actor.hostOrganisation() || (organisationId != null && organisationId.equals(actor.organisationId()));
    }

    /** @throws NotYourOrganisation unless the actor administers the organisation */
    public static void requireAdministers(Actor actor, UUID organisationId) {
        if (organisationId == null || !administers(actor, organisationId)) {
            throw new NotYourOrganisation(actor.username(), organisationId);
        }
    }

    /** Whether the actor may create organisations: host administrators only. */
    public static boolean createsOrganisations(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) && actor.hostOrganisation();
    }
}
