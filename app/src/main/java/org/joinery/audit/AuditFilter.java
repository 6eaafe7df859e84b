package org.joinery.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which audit entries to list: by the acting user's username, by the subject whose data it was (for a Joinery ID,
 * also the searches that showed that person), by outcome, and by the keyed hashes of search terms (the searches
 * for all of them). Blank or empty means any.
 *
 * @param allowed    true for allowed only, false for refused only, null for both
 * @param termHashes "field:hash" terms a search must have had, every one of them; empty for any entry
 */
public record AuditFilter(String username, String subjectId, Boolean allowed, List<String> termHashes) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null);

    /** What can be a Joinery ID, and so have been shown by a search: nothing a LIKE pattern would read as a wildcard. */
    private static final Pattern JOINERY_ID = Pattern.compile("[A-Za-z0-9-]{1,12}");

    /** One "field:hash" term as {@link org.joinery.residents.SearchTerms} writes it. */
    static final Pattern TERM = Pattern.compile("[a-z_]{1,20}:[0-9a-f]{64}");

    public AuditFilter {
        username = blankToNull(username);
        subjectId = blankToNull(subjectId);
        termHashes = termHashes == null ? List.of() : List.copyOf(termHashes);
    }

    public AuditFilter(String username, String subjectId, Boolean allowed) {
        this(username, subjectId, allowed, List.of());
    }

    /**
     * The SQL condition (starting with " where", or empty) and its parameters, in order.
     *
     * @param organisationId only entries where this organisation acted or whose data it was, or null for all
     */
    String where(UUID organisationId, List<Object> parameters) {
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
