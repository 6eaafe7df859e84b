package org.joinery.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.joinery.audit.AuditFilter;

/** The SQL condition that lists an {@link AuditFilter}'s entries of the audit log (aliased {@code e}). */
final class AuditFilterSql {

    /** What can be a Joinery ID, and so have been shown by a search: nothing a LIKE pattern would read as a wildcard. */
    private static final Pattern JOINERY_ID = Pattern.compile("[A-Za-z0-9-]{1,12}");

    private AuditFilterSql() {
    }

    /**
     * The SQL condition (starting with " where", or empty) for the filter's entries, and its parameters, in order.
     *
     * @param organisationId only entries where this organisation acted or whose data it was, or null for all
     */
    static String where(AuditFilter filter, UUID organisationId, List<Object> parameters) {
        String username = filter.username();
        String subjectId = filter.subjectId();
        Boolean allowed = filter.allowed();
        List<String> termHashes = filter.termHashes();
        List<String> conditions = new ArrayList<>();
        if (organisationId != null) {
            conditions.add("(e.actor_organisation_id = ? or e.data_organisation_id = ?)");
            parameters.add(organisationId);
            parameters.add(organisationId);
        }
        if (username != null) {
            conditions.add("lower(e.actor_username) = lower(?)");
            parameters.add(username);
        }
        if (subjectId != null && JOINERY_ID.matcher(subjectId).matches()) {
            // Who looked at this person, or was shown them by a search? The list is bounded by commas on both sides.
            conditions.add("(e.subject_id = ? or (',' || e.shown_joinery_ids || ',') like ?)");
            parameters.add(subjectId);
            parameters.add("%," + subjectId + ",%");
        } else if (subjectId != null) {
            conditions.add("e.subject_id = ?");
            parameters.add(subjectId);
        }
        if (allowed != null) {
            conditions.add("e.allowed = ?");
            parameters.add(allowed);
        }
        if (!termHashes.isEmpty()) {
            conditions.add("e.category = 'RESIDENT_SEARCH'");
        }
        for (String term : termHashes) {
            // Terms are separated by spaces; the field names' underscores are escaped, being LIKE's one-character wildcard.
            conditions.add("(' ' || e.search_terms || ' ') like ? escape '\\'");
            parameters.add("% " + term.replace("_", "\\_") + " %");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
