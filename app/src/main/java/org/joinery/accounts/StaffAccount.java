package org.joinery.accounts;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Role;

/** A person who signs in to Joinery, as the accounts tables hold them. */
public record StaffAccount(
        UUID id,
        String username,
        String displayName,
        String email,
        UUID organisationId,
        String organisationName,
        boolean hostOrganisation,
        UUID teamId,
        boolean enabled,
        Set<Role> roles) implements Serializable {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }
}
