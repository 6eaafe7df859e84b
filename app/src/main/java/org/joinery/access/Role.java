package org.joinery.access;

/** What a user does in Joinery. A user may hold several roles. */
public enum Role {
    PRACTITIONER,
    TEAM_MANAGER,
    INFORMATION_GOVERNANCE_OFFICER,
    ANALYST,
    ADMINISTRATOR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
