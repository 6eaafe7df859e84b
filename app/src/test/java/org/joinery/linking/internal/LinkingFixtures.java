package org.joinery.linking.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.data.SyntheticPeople;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.PersonField;
import org.joinery.linking.StoredModel;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What linking tests start from: a model trained once on synthetic people for the fields the test sources map
 * (names, date of birth, postcode), stored as the active version, so that runs over a handful of records use
 * weights learnt from thousands; and two sources of one organisation.
 */
final class LinkingFixtures {

    private static Model trained;

    final ResidentFixtures residents;
    final JdbcTemplate jdbc;
    final UUID organisation;
    final UUID housing;
    final UUID gp;

    LinkingFixtures(JdbcTemplate jdbc, TestStaff staff, ModelStore models) {
        this.jdbc = jdbc;
        this.residents = new ResidentFixtures(jdbc);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        this.organisation = staff.organisation("Eastbrook Council " + suffix, "COUNCIL_SERVICE", false);
        this.housing = residents.source(organisation, "housing-" + suffix, false);
        this.gp = residents.source(organisation, "gp-" + suffix, false);
        if (models.active().isEmpty()) {
            models.add(model(), StoredModel.EM, "trained on synthetic people for tests", "test", true);
            population(staff);
        }
    }

    /**
     * A register of about 500 synthetic records of fewer people (some recorded more than once), once per database:
     * with only a test's handful of records every name would be common, and term-frequency adjustments would
     * rightly weigh agreeing on it as nothing; and training needs some records of one person to learn from.
     */
    private void population(TestStaff staff) {
        UUID register = residents.source(organisation, "register", false);
        Records people = SyntheticPeople.generate(500, 11);
        List<Object[]> rows = new java.util.ArrayList<>();
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        for (int i = 0; i < people.size(); i++) {
            {
                rows.add(new Object[] {register, "R" + i, register, register, "{}", people.value(PersonField.FORENAMES, i),
                        people.value(PersonField.SURNAME, i), people.value(PersonField.DATE_OF_BIRTH, i),
                        people.value(PersonField.POSTCODE, i), now});
            }
        }
        jdbc.batchUpdate("insert into source_record (source_id, record_key, first_batch_id, batch_id, line_number, row_hash,"
                + " raw_json, forenames, surname, date_of_birth, postcode, updated_at)"
                + " values (?, ?, ?, ?, 1, '" + "0".repeat(64) + "', ?, ?, ?, ?, ?, ?)", rows);
    }

    static synchronized Model model() {
        if (trained == null) {
            Records synthetic = SyntheticPeople.generate(20_000, 7);
            Map<PersonField, String[]> four = new EnumMap<>(PersonField.class);
            for (PersonField field : List.of(PersonField.FORENAMES, PersonField.SURNAME, PersonField.DATE_OF_BIRTH,
                    PersonField.POSTCODE)) {
                four.put(field, synthetic.values().get(field));
            }
            Records records = new Records(synthetic.sources(), synthetic.source(), synthetic.recordId(), null, four);
            Model standard = Linkage.standardModel(records);
            trained = new Linkage(records, standard, message -> { }).train(standard);
        }
        return trained;
    }

    long record(UUID source, String key, String forenames, String surname, String dateOfBirth, String postcode) {
        return residents.record(source, key, forenames, surname, dateOfBirth, postcode, null);
    }

    String joineryIdOf(long recordId) {
        return jdbc.queryForObject("select p.joinery_id from person_record pr join person p on p.id = pr.person_id"
                + " where pr.source_record_id = ?", String.class, recordId);
    }

    UUID personOf(long recordId) {
        return jdbc.queryForObject("select person_id from person_record where source_record_id = ?", UUID.class, recordId);
    }

    UUID personWithId(String joineryId) {
        return jdbc.queryForObject("select id from person where joinery_id = ?", UUID.class, joineryId);
    }

    List<String> events(UUID person) {
        return jdbc.queryForList("select kind || ': ' || reason from person_event where person_id = ? order by id",
                String.class, person);
    }

    String retiredReason(UUID person) {
        return jdbc.queryForObject("select retired_reason from person where id = ?", String.class, person);
    }

    void withdraw(long recordId) {
        jdbc.update("update source_record set withdrawn = true where id = ?", recordId);
    }

    void decide(String leftSource, String leftKey, String rightSource, String rightKey, String decision) {
        jdbc.update("insert into review_decision (id, left_source, left_record_key, right_source, right_record_key, decision,"
                        + " decided_by, decided_at) values (?, ?, ?, ?, ?, ?, 'test', ?)", UUID.randomUUID(), leftSource, leftKey,
                rightSource, rightKey, decision, java.sql.Timestamp.valueOf(LocalDate.now().atStartOfDay()));
    }

    String sourceName(UUID source) {
        return jdbc.queryForObject("select name from source where id = ?", String.class, source);
    }

    /** Marks a fixture record as linked with its fields as they are, as a run would have left it. */
    void linkedAsIs(long recordId, String forenames, String surname, String dateOfBirth, String postcode) {
        String[] fields = new String[PersonField.values().length];
        fields[PersonField.FORENAMES.ordinal()] = forenames;
        fields[PersonField.SURNAME.ordinal()] = surname;
        fields[PersonField.DATE_OF_BIRTH.ordinal()] = dateOfBirth;
        fields[PersonField.POSTCODE.ordinal()] = postcode;
        jdbc.update("update person_record set fields_hash = ? where source_record_id = ?", LinkageInput.fingerprint(fields),
                recordId);
    }

    String lastRunKind() {
        return jdbc.queryForObject("select kind from link_run order by started_at desc limit 1", String.class);
    }
}
