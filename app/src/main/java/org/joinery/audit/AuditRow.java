package org.joinery.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One line of the audit page, ready to show: times in London time, codes left for the page to name. */
record AuditRow(long seq, String when, String who, String organisation, String action, String category,
        String subject, String record, String purpose, boolean allowed, String rule, String reason) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm:ssa", Locale.UK);

    static AuditRow of(ListedEntry listed) {
        AuditEntry e = listed.entry();
        return new AuditRow(e.seq(), when(e.occurredAt()), e.actorUsername(), listed.actorOrganisationName(),
                e.action(), e.category(), e.subjectId(), e.recordId(), e.purpose(), e.allowed(), e.rule(), e.reason());
    }

    /** "26 November 2026, 2:05:09pm", the GOV.UK style, with seconds because order matters in an audit. */
    static String when(java.time.Instant instant) {
        return WHEN.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }
}
