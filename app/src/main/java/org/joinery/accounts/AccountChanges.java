package org.joinery.accounts;

import java.util.Set;
import java.util.UUID;
import org.joinery.access.Role;

/** What an administrator may change about an account. */
public record AccountChanges(String displayName, String email, UUID teamId, boolean enabled, Set<Role> roles) {
}
