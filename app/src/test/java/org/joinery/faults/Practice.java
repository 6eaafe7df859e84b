package org.joinery.faults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.joinery.access.Role;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.joinery.testing.WebSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Practitioners at work, for fault tests: a housing service whose practitioners search at the front door, open
 * person pages and start their organisation's involvement with residents known to its own register. Every answer
 * is kept in a ledger: which requests were answered with data (each must have its audit entry, because the gate
 * records before it returns) and which writes were acknowledged (each must be in the database afterwards).
 */
final class Practice {

    /** One practitioner's person to open and person to write about: distinct, so their audit entries are told apart. */
    record Practitioner(String username, String viewed, String written) {
    }

    /** What the database holds against the ledger. */
    record Check(long auditEntriesChecked, long lostAuditEntries, long writesChecked, long lostWrites) {
    }

    final List<Practitioner> practitioners = new ArrayList<>();
    private final Map<String, AtomicLong> answeredViews = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> answeredSearches = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> acknowledgedStarts = new ConcurrentHashMap<>();
    final List<String> acknowledgedReasons = Collections.synchronizedList(new ArrayList<>());

    /** Puts the housing service, its register and its practitioners straight into the database. */
    static Practice seed(JdbcTemplate jdbc, int practitioners) {
        Practice practice = new Practice();
        TestStaff staff = new TestStaff(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder());
        ResidentFixtures residents = new ResidentFixtures(jdbc);
        UUID housing = staff.organisation("Fault housing", "COUNCIL_SERVICE", false);
        UUID register = residents.source(housing, "fault-housing", false);
        for (int i = 0; i < practitioners; i++) {
            String viewed = person(residents, housing, register, "V" + i);
            String written = person(residents, housing, register, "W" + i);
            practice.practitioners.add(new Practitioner(staff.user(housing, "fault-worker-" + i, "Fault worker " + i,
                    Role.PRACTITIONER), viewed, written));
        }
        return practice;
    }

    /** A resident on the housing register, with housing's involvement derived from it, so its practitioners may look. */
    private static String person(ResidentFixtures residents, UUID housing, UUID register, String key) {
        String joineryId = "F" + key + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long record = residents.record(register, key, "Alex", "Faultline" + key.toLowerCase().replaceAll("[0-9]", "")
                + "son", "1980-01-0" + (1 + key.length() % 9), "E1 6AN", null);
        residents.involvement(residents.person(joineryId, List.of(record)), housing, register, false);
        return joineryId;
    }

    /** Opens the practitioner's person page; true when it was answered with the page. */
    boolean view(WebSession session, Practitioner who) {
        WebSession.Page page = session.get("/residents/" + who.viewed());
        boolean answered = page.status() == 200 && page.document().getElementById("main-content") != null;
        if (answered) {
            answeredViews.computeIfAbsent(who.username(), k -> new AtomicLong()).incrementAndGet();
        }
        return answered;
    }

    /** A front-door search; true when results (or "no likely match") were shown. */
    boolean search(WebSession session, Practitioner who) {
        WebSession.Page page = session.submit("/find", "/find", List.of(Map.entry("forenames", "Alex"),
                Map.entry("surname", "Faultlinevson")));
        boolean answered = page.status() == 200 && page.document().getElementById("results") != null;
        if (answered) {
            answeredSearches.computeIfAbsent(who.username(), k -> new AtomicLong()).incrementAndGet();
        }
        return answered;
    }

    /** Starts the organisation's involvement with a reason no other write uses; returns the response. */
    WebSession.Page startInvolvement(WebSession session, Practitioner who, String reason) {
        String involvements = "/residents/" + who.written() + "/involvements";
        WebSession.Page form = session.get(involvements + "/new");
        var token = form.document().selectFirst("input[name=_csrf]");
        if (form.status() != 200 || token == null) {
            return form;
        }
        WebSession.Page page = session.post(involvements, List.of(Map.entry("_csrf", token.attr("value")),
                Map.entry("reason", reason), Map.entry("lawfulBasis", "PUBLIC_TASK"), Map.entry("team", ""),
                Map.entry("contact", "Housing options duty desk")));
        if (page.status() == 302 && page.location() != null && page.location().endsWith(involvements)) {
            acknowledgedReasons.add(reason);
            acknowledgedStarts.computeIfAbsent(who.username(), k -> new AtomicLong()).incrementAndGet();
        }
        return page;
    }

    long answered() {
        return total(answeredViews) + total(answeredSearches);
    }

    /**
     * Every answered request has its audit entry (at least as many allowed entries of its kind for that reader and
     * person as answers), and every acknowledged involvement is stored with its reason.
     */
    Check check(JdbcTemplate jdbc) {
        long lostEntries = 0;
        for (Practitioner who : practitioners) {
            lostEntries += missing(answeredViews, who, jdbc.queryForObject("select count(*) from audit_entry where actor_username = ?"
                    + " and category = 'INVOLVEMENT' and action = 'READ' and subject_id = ? and allowed", Long.class,
                    who.username(), who.viewed()));
            lostEntries += missing(answeredSearches, who, jdbc.queryForObject("select count(*) from audit_entry where"
                    + " actor_username = ? and category = 'RESIDENT_SEARCH' and allowed", Long.class, who.username()));
            lostEntries += missing(acknowledgedStarts, who, jdbc.queryForObject("select count(*) from audit_entry where"
                    + " actor_username = ? and category = 'INVOLVEMENT' and action = 'WRITE' and subject_id = ? and allowed",
                    Long.class, who.username(), who.written()));
        }
        List<String> stored = jdbc.queryForList("select reason from involvement", String.class);
        List<String> acknowledged;
        synchronized (acknowledgedReasons) {
            acknowledged = List.copyOf(acknowledgedReasons);
        }
        long lostWrites = acknowledged.stream().filter(reason -> !stored.contains(reason)).count();
        long entries = total(answeredViews) + total(answeredSearches) + total(acknowledgedStarts);
        return new Check(entries, lostEntries, acknowledged.size(), lostWrites);
    }

    private static long missing(Map<String, AtomicLong> answers, Practitioner who, long entries) {
        AtomicLong answered = answers.get(who.username());
        return Math.max(0, (answered == null ? 0 : answered.get()) - entries);
    }

    private static long total(Map<String, AtomicLong> counts) {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
