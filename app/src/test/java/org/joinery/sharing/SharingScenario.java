package org.joinery.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.testing.LinkageFixtures;
import org.joinery.testing.ResidentFixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One case of the access matrix, set up in the database: organisation A (the actor's, unless the
 * actor belongs to B), organisation B holding an open record of the person (with B's involvement,
 * sensitive or not), organisation C, A's involvement and an agreement between B and A as the case
 * says. Every scenario has its own organisations and person, so cases never see each other.
 */
record SharingScenario(Actor actor, UUID a, UUID b, UUID c, String holderName, String holderSurname, String joineryId,
                       UUID personId, UUID holderInvolvementId, String holderRecordName, String mergeMarker) {

    private static final AtomicInteger NEXT = new AtomicInteger();

    static SharingScenario build(JdbcTemplate jdbc, UUID author, Role role, String involvement, String agreement,
                                 boolean sensitive) {
        ResidentFixtures fixtures = new ResidentFixtures(jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        int n = NEXT.incrementAndGet();
        UUID a = organisation(jdbc, "Matrix A " + tag);
        UUID b = organisation(jdbc, "Matrix B " + tag);
        UUID c = organisation(jdbc, "Matrix C " + tag);
        String holderName = "Matrix B " + tag;
        UUID source = fixtures.source(b, "matrix-" + tag, sensitive);
        String surname = "Holdersurname" + tag;
        long record = fixtures.record(source, "r-" + tag, "Alex", surname, "1980-01-02", "RM9 6XX", null);
        String joineryId = "M" + String.format("%08d", n) + tag.substring(0, 3).toUpperCase();
        long second = fixtures.record(source, "s-" + tag, "Alec", surname, "1980-01-02", "RM9 6XX", null);
        UUID person = fixtures.person(joineryId, List.of(record, second));
        // What a linkage run leaves: a scored pair of B's records, and history naming them (a merge among it).
        new LinkageFixtures(jdbc).pair(record, second, 12.5, 0.9998);
        String recordName = "matrix-" + tag + ":r-" + tag;
        String mergeMarker = "merged-" + tag;
        fixtures.event(person, "RECORD_ADDED", "Record matrix-" + tag + ":s-" + tag + " was added: it matches " + recordName
                + " with match weight 12.5 (probability 0.9998).", second, record);
        fixtures.event(person, "MERGED", "M" + tag + " was merged into this person (" + mergeMarker + "): its record "
                + recordName + " matches matrix-" + tag + ":s-" + tag + " with match weight 12.5.", record, second);
        UUID holderInvolvement = fixtures.involvement(person, b, source, sensitive);
        LocalDate today = LocalDate.now();
        switch (involvement) {
            case "open", "own" -> {
                if (involvement.equals("open")) {
                    fixtures.involvement(person, a, null, false);
                }
            }
            case "ended" -> {
                UUID ended = fixtures.involvement(person, a, null, false);
                jdbc.update("update involvement set ended_on = ?, end_reason = 'test' where id = ?", today.minusDays(1), ended);
            }
            case "another" -> fixtures.involvement(person, c, null, false);
            case "none" -> { }
            default -> throw new IllegalArgumentException("No such involvement case: " + involvement);
        }
        String basis = LawfulBasis.PUBLIC_TASK.name();
        switch (agreement) {
            case "none" -> { }
            case "in-force" -> fixtures.agreement(b, a, author, today.minusDays(10), null, basis, "IDENTITY");
            case "expired" -> fixtures.agreement(b, a, author, today.minusDays(100), today.minusDays(1), basis, "IDENTITY");
            case "not-yet" -> fixtures.agreement(b, a, author, today.plusDays(1), null, basis, "IDENTITY");
            case "wrong-category" -> fixtures.agreement(b, a, author, today.minusDays(10), null, basis, "SOURCE_EXTRACT");
            case "consent" -> fixtures.agreement(b, a, author, today.minusDays(10), null, LawfulBasis.CONSENT.name(), "IDENTITY");
            case "reverse" -> fixtures.agreement(a, b, author, today.minusDays(10), null, basis, "IDENTITY");
            case "ended-early" -> {
                UUID ended = fixtures.agreement(b, a, author, today.minusDays(10), null, basis, "IDENTITY");
                jdbc.update("update sharing_agreement set ended_at = current_timestamp, end_reason = 'test' where id = ?", ended);
            }
            default -> throw new IllegalArgumentException("No such agreement case: " + agreement);
        }
        UUID actorOrganisation = involvement.equals("own") ? b : a;
        Actor actor = new Actor(UUID.randomUUID(), "matrix-" + n + "-" + role.name().toLowerCase(), actorOrganisation, false,
                Set.of(role));
        return new SharingScenario(actor, a, b, c, holderName, surname, joineryId, person, holderInvolvement, recordName,
                mergeMarker);
    }

    /** The key of B's record, as labels show it. */
    String holderRecordKey() {
        return holderRecordName.substring(holderRecordName.indexOf(':') + 1);
    }

    private static UUID organisation(JdbcTemplate jdbc, String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into organisation (id, name, type, host, created_at) values (?, ?, 'COUNCIL_SERVICE', false, current_timestamp)",
                id, name);
        return id;
    }
}
