package org.joinery.audit;

/** An audit entry as the audit page lists it, with the acting organisation's name where it still exists. */
public record ListedEntry(AuditEntry entry, String actorOrganisationName) {
}
