package org.joinery.demo.internal;

import java.util.List;
import org.joinery.access.Role;
import org.joinery.organisations.OrganisationType;

/**
 * One fictional organisation of the demo borough: its teams and the staff who sign in for it.
 *
 * @param key short name used in demo usernames, e.g. {@code council.practitioner}
 */
record DemoOrganisation(String key, String name, OrganisationType type, boolean host, List<String> teams,
        List<DemoStaff> staff) {

    /** A fictional member of staff; the first team is theirs unless one is named. */
    record DemoStaff(Role role, String displayName, String team) {

        String username(DemoOrganisation organisation) {
            return organisation.key() + "." + switch (role.name()) {
                case "PRACTITIONER" -> "practitioner";
                case "TEAM_MANAGER" -> "manager";
                case "INFORMATION_GOVERNANCE_OFFICER" -> "ig";
                case "ANALYST" -> "analyst";
                case "ADMINISTRATOR" -> "admin";
                default -> throw new IllegalArgumentException("No demo user name for role " + role);
            };
        }
    }
}
