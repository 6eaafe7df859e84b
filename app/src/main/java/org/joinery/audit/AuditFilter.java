package org.joinery.audit;

import java.util.List;
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

    /** One "field:hash" term as {@link org.joinery.residents.SearchTerms} writes it. */
    public static final Pattern TERM = Pattern.compile("[a-z_]{1,20}:[0-9a-f]{64}");

    public AuditFilter {
        username = blankToNull(username);
        subjectId = blankToNull(subjectId);
        termHashes = termHashes == null ? List.of() : List.copyOf(termHashes);
    }

    public AuditFilter(String username, String subjectId, Boolean allowed) {
        this(username, subjectId, allowed, List.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
