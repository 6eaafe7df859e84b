package org.joinery.accounts.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Role;

/** The create and edit user forms as submitted; anything may be missing or tampered with. */
record UserForm(String organisation, String username, String displayName, String email, String teamId,
        List<String> roles, String enabled, String password) {

    /** Values that name no role are dropped, so a tampered form cannot invent one. */
    Set<Role> chosenRoles() {
        Set<Role> chosen = new LinkedHashSet<>();
        if (roles != null) {
            for (Role role : Role.values()) {
                if (roles.contains(role.name())) {
                    chosen.add(role);
                }
            }
        }
        return chosen;
    }

    /** No team when none is chosen; an identifier that names no team fails validation as an unknown team. */
    UUID chosenTeam() {
        if (teamId == null || teamId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(teamId.strip());
        } catch (IllegalArgumentException notAnIdentifier) {
            return new UUID(0, 0);
        }
    }

    /** Null unless "Active" or "Disabled" was chosen. */
    Boolean chosenEnabled() {
        return "true".equals(enabled) ? Boolean.TRUE : "false".equals(enabled) ? Boolean.FALSE : null;
    }

    public boolean hasRole(Role role) {
        return roles != null && roles.contains(role.name());
    }

    @Override
    public String toString() {
        return "UserForm[" + username + "]";
    }
}
