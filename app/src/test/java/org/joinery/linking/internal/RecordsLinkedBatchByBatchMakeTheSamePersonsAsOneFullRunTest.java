package org.joinery.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.index.ResidentIndex;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.data.SyntheticPeople;
import org.joinery.linkage.model.PersonField;
import org.joinery.linking.LinkRun;
import org.joinery.linking.LinkageRuns;
import org.joinery.sources.BatchLanded;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One home for "same person": synthetic residents' records arriving in several batches, each linked by an
 * incremental run, end in the same persons as one full run over them all makes, whether the runs read every
 * record or take their scores from the resident index (docs/resident-index.md, "Full and incremental runs agree").
 */
@IntegrationTest
@Import(TestReviewLabels.class)
class RecordsLinkedBatchByBatchMakeTheSamePersonsAsOneFullRunTest {

    private static final Actor SYSTEM = Actor.system("linking test");
    private static final int BATCHES = 4;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ModelStore models;
    @Autowired
    LinkageRuns runs;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ResidentIndex residentIndex;
    @Autowired
    TransactionTemplate transaction;

    LinkingFixtures given;

    @BeforeEach
    void setUp() {
        given = new LinkingFixtures(jdbc, new TestStaff(jdbc, encoder), models);
        runs.linkAll(SYSTEM);
    }

    @Test
    void incrementalRunsThatReadEveryRecordMakeTheSamePersonsAsAFullRun() {
        List<Long> records = arriveInBatches(31, false);

        assertThat(afterAFullRun(records)).isEqualTo(persons(records));
    }

    @Test
    void incrementalRunsScoredByTheResidentIndexMakeTheSamePersonsAsAFullRun() {
        List<Long> records = arriveInBatches(37, true);

        assertThat(afterAFullRun(records)).isEqualTo(persons(records));
    }

    @Test
    void aNewRecordMatchingTwoResidentsPeopleDecidedAreDifferentJoinsOneAndLeavesTheOtherApartAsAFullRunDoes() {
        long a = given.record(given.housing, "H1", "Chiamaka", "Eze", "1983-10-12", "RM10 9AP");
        long b = given.record(given.gp, "G1", "Chiamaka", "Eze", "1983-10-12", "RM10 9AP");
        given.decide(given.sourceName(given.housing), "H1", given.sourceName(given.gp), "G1", "DIFFERENT_PEOPLE");
        runs.linkAll(SYSTEM);
        assertThat(given.personOf(a)).isNotEqualTo(given.personOf(b));

        long c = given.record(given.gp, "G2", "Chiamaka", "Eze", "1983-10-12", "RM10 9AP");
        batchLands(given.gp, List.of(c));
        runs.awaitIdle();

        assertThat(given.lastRunKind()).isEqualTo(LinkRun.INCREMENTAL);
        assertThat(given.personOf(a)).isNotEqualTo(given.personOf(b));
        assertThat(afterAFullRun(List.of(a, b, c))).isEqualTo(persons(List.of(a, b, c)));
    }

    /** About 300 records of fewer people, some recorded more than once with errors, each person's spread over batches. */
    private List<Long> arriveInBatches(long seed, boolean fromIndex) {
        Records people = SyntheticPeople.generate(300, seed);
        List<Long> all = new ArrayList<>();
        for (int batch = 0; batch < BATCHES; batch++) {
            Map<UUID, List<Long>> landed = new HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                if ((int) ((i * 2654435761L) % BATCHES) == batch) {
                    UUID source = i % 2 == 0 ? given.housing : given.gp;
                    long id = given.record(source, "S" + seed + "-" + i, people.value(PersonField.FORENAMES, i),
                            people.value(PersonField.SURNAME, i), people.value(PersonField.DATE_OF_BIRTH, i),
                            people.value(PersonField.POSTCODE, i));
                    landed.computeIfAbsent(source, k -> new ArrayList<>()).add(id);
                    all.add(id);
                }
            }
            if (fromIndex) {
                residentIndex.rebuild();
            } else {
                // a record written outside a batch: the index cannot hold it, so the run reads every record
                given.record(given.housing, "X" + seed + "-" + batch, "Outwith", "Batch", "1950-01-0" + (batch + 1), "RM1 1AA");
            }
            landed.forEach(this::batchLands);
            runs.awaitIdle();
            assertThat(given.lastRunKind()).isEqualTo(LinkRun.INCREMENTAL);
            String summary = jdbc.queryForObject("select summary from link_run order by started_at desc limit 1", String.class);
            if (fromIndex) {
                assertThat(summary).contains("by the resident index");
            } else {
                assertThat(summary).doesNotContain("by the resident index");
            }
        }
        return all;
    }

    private Set<Set<Long>> afterAFullRun(List<Long> records) {
        runs.linkAll(SYSTEM);
        assertThat(given.lastRunKind()).isEqualTo(LinkRun.FULL);
        return persons(records);
    }

    /** The persons holding these records, each as the set of all its records. */
    private Set<Set<Long>> persons(List<Long> records) {
        Set<Set<Long>> persons = new HashSet<>();
        for (long record : records) {
            persons.add(new HashSet<>(jdbc.queryForList("select source_record_id from person_record where person_id ="
                    + " (select person_id from person_record where source_record_id = ?)", Long.class, record)));
        }
        return persons;
    }

    /** As an import does: the records are written by a batch of their own, announced in the batch's transaction. */
    private void batchLands(UUID source, List<Long> records) {
        UUID batch = UUID.randomUUID();
        jdbc.update("insert into import_batch (id, source_id, checksum, file_name, channel, received_at, received_by,"
                + " rows_total, rows_new, rows_changed, rows_unchanged, rows_withdrawn)"
                + " values (?, ?, ?, 'new.csv', 'UPLOAD', ?, 'test', ?, ?, 0, 0, 0)", batch, source,
                HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 32), Timestamp.from(Instant.now()),
                records.size(), records.size());
        for (long record : records) {
            jdbc.update("update source_record set batch_id = ?, first_batch_id = ? where id = ?", batch, batch, record);
        }
        transaction.executeWithoutResult(status -> events.publishEvent(new BatchLanded(source, batch, records.size(), 0, 0)));
    }
}
