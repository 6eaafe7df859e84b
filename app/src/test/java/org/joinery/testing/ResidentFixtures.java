package org.joinery.testing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts sources, source records, persons and involvements straight into the database, so a page or
 * rule can be tested without running an import and a linkage run first. Test code only: the
 * application writes these tables through the access gate.
 */
public final class ResidentFixtures {

    private final JdbcTemplate jdbc;

    public ResidentFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A source of the organisation, mapped with the engine's mapping JSON; returns its id. */
    public UUID source(UUID organisationId, String name, boolean sensitive) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into source (id, organisation_id, name, title, mapping_json, opened_column, closed_column,
                                    sensitive, lawful_basis, contact, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'opened', 'closed', ?, 'UK GDPR Article 6(1)(e) public task', ?, ?, ?)
                """, id, organisationId, name, "Test source " + name,
                "{\"version\": 1, \"source\": \"" + name + "\", \"recordId\": \"id\", \"dateFormats\": [\"yyyy-MM-dd\"],"
                        + " \"fields\": {\"forenames\": \"forenames\", \"surname\": \"surname\", \"date_of_birth\": \"dob\","
                        + " \"postcode\": \"postcode\"}}",
                sensitive, "Duty desk of " + name, now, now);
        jdbc.update("""
                insert into import_batch (id, source_id, checksum, file_name, channel, received_at, received_by,
                                          rows_total, rows_new, rows_changed, rows_unchanged, rows_withdrawn)
                values (?, ?, ?, 'fixture.csv', 'UPLOAD', ?, 'test', 0, 0, 0, 0, 0)
                """, id, id, HexFormat.of().formatHex(new byte[32]), now);
        return id;
    }

    /** A source record of the source (open unless closedOn is given); returns its id. */
    public long record(UUID sourceId, String key, String forenames, String surname, String dateOfBirth, String postcode,
                       LocalDate closedOn) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("id", key);
        raw.put("forenames", forenames);
        raw.put("surname", surname);
        raw.put("dob", dateOfBirth);
        raw.put("postcode", postcode);
        StringBuilder json = new StringBuilder("{");
        raw.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v == null ? "" : v).append('"'));
        json.append('}');
        jdbc.update("""
                insert into source_record (source_id, record_key, first_batch_id, batch_id, line_number, row_hash, raw_json,
                                           forenames, surname, date_of_birth, postcode, opened_on, closed_on, updated_at)
                values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, sourceId, key, sourceId, sourceId, HexFormat.of().formatHex(new byte[32]), json.toString(),
                forenames, surname, dateOfBirth, postcode, LocalDate.of(2025, 6, 1), closedOn, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from source_record where source_id = ? and record_key = ?", Long.class,
                sourceId, key);
    }

    /** Marks the source's fixture batch linked by a finished full run, as a linkage run does. */
    public void batchLinked(UUID sourceId) {
        UUID run = UUID.randomUUID();
        jdbc.update("insert into link_run (id, kind, status, started_at, finished_at, started_by)"
                + " values (?, 'FULL', 'DONE', ?, ?, 'test')", run, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        jdbc.update("insert into linked_batch (batch_id, run_id) values (?, ?)", sourceId, run);
    }

    /** A person made of these source records, with the given Joinery ID; returns the person's id. */
    public UUID person(String joineryId, List<Long> recordIds) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into person (id, joinery_id, created_at) values (?, ?, ?)", id, joineryId, now);
        for (long record : recordIds) {
            jdbc.update("insert into person_record (source_record_id, person_id, linked_at) values (?, ?, ?)", record, id, now);
        }
        // The fixture's reason names no record, so its entry is about none.
        jdbc.update("insert into person_event (person_id, kind, reason, occurred_at, record_ids)"
                + " values (?, 'CREATED', 'test fixture', ?, '')", id, now);
        return id;
    }

    /**
     * An entry in the person's history, as a linkage run writes one: its kind, its reason (which names records)
     * and the source records it is about.
     */
    public void event(UUID personId, String kind, String reason, Long... recordIds) {
        jdbc.update("insert into person_event (person_id, kind, reason, occurred_at, record_ids) values (?, ?, ?, ?, ?)",
                personId, kind, reason, Timestamp.from(Instant.now()),
                String.join(" ", java.util.Arrays.stream(recordIds).map(String::valueOf).toList()));
    }

    /** An open involvement of the organisation with the person; derived from a source when sourceId is not null. */
    public UUID involvement(UUID personId, UUID organisationId, UUID sourceId, boolean sensitive) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into involvement (id, person_id, organisation_id, source_id, lawful_basis, reason, sensitive, contact,
                                         started_on, created_at)
                values (?, ?, ?, ?, 'UK GDPR Article 6(1)(e) public task', 'test fixture', ?, 'Duty desk', ?, ?)
                """, id, personId, organisationId, sourceId, sensitive, LocalDate.now().minusDays(30),
                Timestamp.from(Instant.now()));
        return id;
    }

    /** A data-sharing agreement from one organisation to another covering the categories for direct care. */
    public UUID agreement(UUID from, UUID to, UUID createdBy, LocalDate startsOn, LocalDate endsOn, String lawfulBasis,
                          String... categories) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into sharing_agreement (id, title, from_organisation_id, to_organisation_id, purpose, lawful_basis,
                                               starts_on, ends_on, created_by, created_at)
                values (?, 'Test agreement', ?, ?, 'DIRECT_CARE', ?, ?, ?, ?, ?)
                """, id, from, to, lawfulBasis, startsOn, endsOn, createdBy, Timestamp.from(Instant.now()));
        for (String category : categories) {
            jdbc.update("insert into sharing_agreement_category (agreement_id, category) values (?, ?)", id, category);
        }
        return id;
    }
}
