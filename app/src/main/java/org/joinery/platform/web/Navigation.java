package org.joinery.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.joinery.access.Role;

/** The service navigation each role sees. Later issues add their pages here. */
public final class Navigation {

    /** @param hostOnly only for the host organisation's staff (the data team runs linkage for everyone) */
    private record Entry(String href, String labelKey, Role role, boolean hostOnly) {

        Entry(String href, String labelKey, Role role) {
            this(href, labelKey, role, false);
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("/", "nav.home", null),
            new Entry("/demo-borough", "nav.demoBorough", null),
            new Entry("/sources", "nav.sources", Role.ADMINISTRATOR),
            new Entry("/linking", "nav.linking", Role.ADMINISTRATOR, true),
            new Entry("/admin/organisations", "nav.organisations", Role.ADMINISTRATOR),
            new Entry("/admin/users", "nav.users", Role.ADMINISTRATOR),
            new Entry("/audit", "nav.audit", Role.INFORMATION_GOVERNANCE_OFFICER),
            new Entry("/sharing/agreements", "nav.agreements", Role.INFORMATION_GOVERNANCE_OFFICER),
            new Entry("/sharing/involvements", "nav.involvements", Role.INFORMATION_GOVERNANCE_OFFICER),
            new Entry("/admin/audit-check", "nav.auditCheck", Role.ADMINISTRATOR),
            new Entry("/find", "nav.find", Role.PRACTITIONER),
            new Entry("/find", "nav.find", Role.TEAM_MANAGER),
            new Entry("/review", "nav.review", Role.ADMINISTRATOR, true));

    private Navigation() {
    }

    public static List<NavigationItem> forUser(CurrentUser user, String path) {
        List<NavigationItem> items = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            // a page for several roles has an entry per role, and a user holding two sees it once
            boolean listed = items.stream().anyMatch(item -> item.href().equals(entry.href()));
            if (!listed && (entry.role() == null || user.has(entry.role())) && (!entry.hostOnly() || user.actor().hostOrganisation())) {
                boolean active = entry.href().equals("/") ? path.equals("/") : path.startsWith(entry.href());
                items.add(new NavigationItem(entry.href(), entry.labelKey(), active));
            }
        }
        return items;
    }
}
