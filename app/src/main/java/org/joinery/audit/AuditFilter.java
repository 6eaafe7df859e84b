package org.joinery.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which audit entries to list: by the acting user's username, by the subject whose data it was,
 * and by outcome. Blank means any.
 *
 * @param allowed true for allowed only, false for refused only, null for both
 */
public record AuditFilter(String username, String subjectId, Boolean allowed) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null);

    public AuditFilter {
        username = blankToNull(username);
        subjectId = blankToNull(subjectId);
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
        if (subjectId != null) {
            conditions.add("e.subject_id = ?");
            parameters.add(subjectId);
        }
        if (allowed != null) {
            conditions.add("e.allowed = ?");
            parameters.add(allowed);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
