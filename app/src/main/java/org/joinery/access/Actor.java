package org.joinery.access;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who is asking: a signed-in user acting on behalf of their organisation, or Joinery itself
 * (sign-in checks, the demo seed, command-line maintenance).
 *
 * @param hostOrganisation whether the organisation runs this Joinery (its administrators manage every organisation)
 */
public record Actor(UUID userId, String username, UUID organisationId, boolean hostOrganisation, Set<Role> roles) {

    private static final UUID SYSTEM_ID = new UUID(0, 0);

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    /** Joinery itself, acting for the named reason (for example "sign-in" or "demo seed"). */
    public static Actor system(String process) {
        return new Actor(SYSTEM_ID, "system:" + process, null, false, Set.of());
    }

    public boolean isSystem() {
        return SYSTEM_ID.equals(userId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
