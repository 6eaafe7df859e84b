package org.joinery.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.joinery.audit.AuditEntry;
import org.joinery.audit.ListedEntry;

/**
 * One line of the audit page, ready to show: times in London time, codes left for the page to name.
 *
 * @param channel       the channel's name, or null
 * @param searchedFor   for a search, the fields it searched by (their names, not the hashed terms); else empty
 * @param shown         for a search, the Joinery IDs it showed, in order; else empty
 * @param search        whether the entry is a search's (so "showed nobody" can be told from "not a search")
 */
record AuditRow(long seq, String when, String who, String organisation, String action, String category,
        String subject, String record, String purpose, boolean allowed, String rule, String reason,
        String channel, List<String> searchedFor, List<String> shown, boolean search) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm:ssa", Locale.UK);

    static AuditRow of(ListedEntry listed) {
        AuditEntry e = listed.entry();
        return new AuditRow(e.seq(), when(e.occurredAt()), e.actorUsername(), listed.actorOrganisationName(),
                e.action(), e.category(), e.subjectId(), e.recordId(), e.purpose(), e.allowed(), e.rule(), e.reason(),
                e.channel(), fields(e.searchTerms()), split(e.shownJoineryIds(), ","), e.shownJoineryIds() != null);
    }

    /** "surname:3fa4… date_of_birth:9c1e…" to [surname, date_of_birth]. */
    private static List<String> fields(String terms) {
        return split(terms, " ").stream().map(term -> term.substring(0, Math.max(0, term.indexOf(':')))).toList();
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(separator));
    }

    /** "26 November 2026, 2:05:09pm", the GOV.UK style, with seconds because order matters in an audit. */
    static String when(java.time.Instant instant) {
        return WHEN.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }
}
