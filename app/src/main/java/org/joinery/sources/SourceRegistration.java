package org.joinery.sources;

import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.linkage.model.SourceMapping;
import org.joinery.organisations.NotYourOrganisation;
import org.joinery.organisations.OrganisationAdministration;

/**
 * Registers sources: an organisation's administrators for their own organisation, host administrators for any,
 * and Joinery itself (the demo seed). A source describes a dataset, not people, so no grant is needed.
 */
public interface SourceRegistration {

    /**
     * @throws InvalidSource naming every problem with the details or the mapping; nothing is registered
     * @throws NotYourOrganisation unless the actor administers the organisation
     */
    Source register(Actor actor, NewSource source);

    /** Whether the actor may register and import sources of the organisation. */
    static boolean mayManage(Actor actor, UUID organisationId) {
        return actor.isSystem() || OrganisationAdministration.administers(actor, organisationId);
    }

    /** The mapping as the engine reads it, or a problem saying what is wrong with it. */
    static SourceMapping mapping(String name, String json) {
        return SourceMapping.read(json, "of source " + name, null);
    }
}
