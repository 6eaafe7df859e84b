package org.joinery.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisations of the place and their teams. Callers check who may change what (see
 * {@link OrganisationAdministration}); the demo seed and the first-administrator command call
 * this directly.
 */
public interface Organisations {

    /** The longest name an organisation or team may have (the column size). */
    int MAX_NAME_LENGTH = 200;

    /**
     * Creates an organisation. There is at most one host organisation.
     *
     * @throws NameTaken if another organisation has this name, whatever its case
     */
    Organisation create(String name, OrganisationType type, boolean host);

    /** @throws NameTaken if the organisation already has a team with this name */
    Team createTeam(UUID organisationId, String name);

    /** @throws NameTaken if another team of the same organisation has this name */
    Team renameTeam(UUID teamId, String name);

    List<Organisation> all();

    Optional<Organisation> find(UUID id);

    Optional<Organisation> named(String name);

    Optional<Organisation> host();

    List<Team> teams(UUID organisationId);

    Optional<Team> team(UUID teamId);
}
