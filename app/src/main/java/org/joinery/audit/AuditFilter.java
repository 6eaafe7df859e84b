package org.joinery.audit;

import java.util.ArrayList;
import java.util.List;

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

    /** The SQL condition (starting with " where", or empty) and its parameters, in order. */
    String where(List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
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
