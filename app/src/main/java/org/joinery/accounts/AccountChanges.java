package org.joinery.accounts;

import java.util.Set;
import java.util.UUID;
import org.joinery.access.Role;

/** What an administrator may change about an account; {@code enabled} is null when not chosen. */
public record AccountChanges(String displayName, String email, UUID teamId, Boolean enabled, Set<Role> roles) {
}
