package org.joinery.accounts;

import java.util.Set;
import java.util.UUID;
import org.joinery.access.Role;

/**
 * What it takes to create a staff account. {@code password} may be null for an account that signs
 * in only through the organisation's identity provider (OIDC).
 */
public record NewAccount(String username, String displayName, String email, UUID organisationId, UUID teamId,
        Set<Role> roles, String password) {

    @Override
    public String toString() {
        // Never let a password reach a log line.
        return "NewAccount[" + username + " in " + organisationId + " as " + roles + "]";
    }
}
