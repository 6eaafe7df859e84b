package org.joinery.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.AccessRefused;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;

@IntegrationTest
class ExtractImportTest {

    private static final Actor SEED = Actor.system("test import");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SourceRegistration registration;

    @Autowired
    SourceImports imports;

    @Autowired
    ConfigurableApplicationContext context;

    // Listened for on the shared test context (no context of its own, which would hold more database connections).
    final List<BatchLanded> landed = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    @TempDir
    Path folder;

    UUID organisation;
    Source source;

    @BeforeEach
    void setUp() {
        organisation = new TestStaff(jdbc, passwords).organisation("Org " + UUID.randomUUID(), "COUNCIL_SERVICE", false);
        source = SourceFixtures.register(registration, organisation);
        // A class, not a lambda: the event publication registry's multicaster picks listeners by their declared type.
        context.addApplicationListener(new ApplicationListener<PayloadApplicationEvent<BatchLanded>>() {
            @Override
            public void onApplicationEvent(PayloadApplicationEvent<BatchLanded> event) {
                if (event.getPayload().sourceId().equals(source.id())) {
                    landed.add(event.getPayload());
                }
            }
        });
    }

    private ImportOutcome importLines(String... lines) {
        return imports.importCsv(SEED, source.name(), SourceFixtures.csv(folder, lines));
    }

    private int records() {
        return jdbc.queryForObject("select count(*) from source_record where source_id = ?", Integer.class, source.id());
    }

    private int batches() {
        return jdbc.queryForObject("select count(*) from import_batch where source_id = ?", Integer.class, source.id());
    }

    @Test
    void aCleanExtractLandsWholeMappedAndAnnounced() {
        ImportOutcome outcome = importLines(SourceFixtures.HEADER,
                "A1,Anna,Smith,07/03/1980,E1 6AN,01/02/2024,",
                "A2,Ben,Jones,,RM9 4XX,,31/12/2024");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.LANDED);
        assertThat(outcome.added()).isEqualTo(2);
        Map<String, Object> anna = jdbc.queryForMap("select * from source_record where source_id = ? and record_key = 'A1'", source.id());
        assertThat(anna.get("date_of_birth")).isEqualTo("1980-03-07");
        assertThat(anna.get("surname")).isEqualTo("Smith");
        assertThat(anna.get("opened_on").toString()).isEqualTo("2024-02-01");
        assertThat((String) anna.get("raw_json")).contains("\"forenames\":\"Anna\"");
        assertThat(jdbc.queryForObject("select count(*) from source_record_history where change = 'NEW' and batch_id = ?",
                Integer.class, outcome.batchId())).isEqualTo(2);
        assertThat(landed).containsExactly(new BatchLanded(source.id(), outcome.batchId(), 2, 0, 0));
    }

    @Test
    void theSameExtractAgainChangesNothingAndSaysSo() {
        String[] lines = {SourceFixtures.HEADER, "A1,Anna,Smith,07/03/1980,E1 6AN,,"};
        ImportOutcome first = importLines(lines);
        ImportOutcome again = importLines(lines);

        assertThat(again.status()).isEqualTo(ImportOutcome.Status.ALREADY_RECEIVED);
        assertThat(again.batchId()).isEqualTo(first.batchId());
        assertThat(batches()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from source_record_history h join source_record r on r.id = h.source_record_id"
                + " where r.source_id = ?", Integer.class, source.id())).isEqualTo(1);
        assertThat(landed).hasSize(1);
    }

    @Test
    void aLaterBatchAddsChangesWithdrawsAndRestoresRecordsKeepingTheirHistory() {
        importLines(SourceFixtures.HEADER, "A1,Anna,Smith,07/03/1980,E1 6AN,,", "A2,Ben,Jones,,,,", "A3,Cara,Lee,,,,");
        ImportOutcome second = importLines(SourceFixtures.HEADER, "A1,Anna,Smith-Brown,07/03/1980,E1 6AN,,", "A3,Cara,Lee,,,,",
                "A4,Dev,Patel,,,,");
        assertThat(second).extracting(ImportOutcome::added, ImportOutcome::changed, ImportOutcome::unchanged,
                ImportOutcome::withdrawn).containsExactly(1, 1, 1, 1);
        assertThat(jdbc.queryForObject("select withdrawn from source_record where source_id = ? and record_key = 'A2'",
                Boolean.class, source.id())).isTrue();

        ImportOutcome third = importLines(SourceFixtures.HEADER, "A1,Anna,Smith-Brown,07/03/1980,E1 6AN,,", "A2,Ben,Jones,,,,",
                "A3,Cara,Lee,,,,", "A4,Dev,Patel,,,,");
        assertThat(third.restored()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select withdrawn from source_record where source_id = ? and record_key = 'A2'",
                Boolean.class, source.id())).isFalse();
        assertThat(history("A2")).containsExactly("NEW", "WITHDRAWN", "RESTORED");
        assertThat(history("A1")).containsExactly("NEW", "CHANGED");
        assertThat(history("A3")).containsExactly("NEW");
        assertThat(jdbc.queryForObject("select surname from source_record where source_id = ? and record_key = 'A1'",
                String.class, source.id())).isEqualTo("Smith-Brown");
        assertThat(jdbc.queryForMap("select rows_new, rows_changed, rows_unchanged, rows_withdrawn from import_batch where id = ?",
                second.batchId()).values()).containsExactly(1, 1, 1, 1);
    }

    private List<String> history(String key) {
        return jdbc.queryForList("select h.change from source_record_history h join source_record r on r.id = h.source_record_id"
                + " where r.source_id = ? and r.record_key = ? order by h.id", String.class, source.id(), key);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLineAndHowToSaveItAndNothingChanges() {
        byte[] latin1 = (SourceFixtures.HEADER + "\nA1,Zoë,Smith,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        ImportOutcome outcome = imports.importCsv(SEED, source.name(), SourceFixtures.bytes(folder, latin1));

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(outcome.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).startsWith("line 2: the file is not UTF-8").contains("CSV UTF-8"));
        assertThat(records()).isZero();
        assertThat(batches()).isZero();
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] withBom = ("\uFEFF" + SourceFixtures.HEADER + "\nA1,Zoë,Smith,,,,\n").getBytes(StandardCharsets.UTF_8);
        assertThat(imports.importCsv(SEED, source.name(), SourceFixtures.bytes(folder, withBom)).status())
                .isEqualTo(ImportOutcome.Status.LANDED);
        assertThat(jdbc.queryForObject("select forenames from source_record where source_id = ?", String.class, source.id()))
                .isEqualTo("Zoë");
    }

    @Test
    void missingAndExtraColumnsAreNamedWithWhatToDoAndNothingChanges() {
        ImportOutcome outcome = importLines("id,forenames,dob,postcode,opened,closed,shoe_size,notes", "A1,Anna,,,,,9,x");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(outcome.errors()).extracting(RowError::message).anySatisfy(message ->
                assertThat(message).contains("lacks the column 'surname'").contains("add it"));
        assertThat(outcome.errors()).extracting(RowError::message).anySatisfy(message ->
                assertThat(message).contains("'shoe_size', 'notes'").contains("remove them").contains("update the source's mapping"));
        assertThat(records()).isZero();
    }

    @Test
    void badDatesNameTheRowColumnValueAndExpectedFormat() {
        ImportOutcome outcome = importLines(SourceFixtures.HEADER, "A1,Anna,Smith,07/03/1980,,,", "A2,Ben,Jones,31/02/1980,,,",
                "A3,Cara,Lee,,,2024-13-05,");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(outcome.errors()).containsExactly(
                new RowError(3, 2, "dob", "'31/02/1980' is not a date written as dd/MM/yyyy: correct it or leave the cell empty"),
                new RowError(4, 3, "opened", "'2024-13-05' is not a date written as dd/MM/yyyy or yyyy-MM-dd: correct it or leave the cell empty"));
        assertThat(records()).isZero();
    }

    @Test
    void duplicateRecordIdsNameBothRowsAndNothingChanges() {
        importLines(SourceFixtures.HEADER, "A9,Zed,Old,,,,");
        ImportOutcome outcome = importLines(SourceFixtures.HEADER, "A1,Anna,Smith,,,,", "A2,Ben,Jones,,,,", "A1,Anna,Smyth,,,,");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.column()).isEqualTo("id");
            assertThat(error.message()).contains("'A1' is also on line 2");
        });
        assertThat(records()).isEqualTo(1);
        assertThat(batches()).isEqualTo(1);
    }

    @Test
    void rowsWithTheWrongNumberOfFieldsOrNoRecordIdAreEachReported() {
        ImportOutcome outcome = importLines(SourceFixtures.HEADER, "A1,Anna,Smith,,,", ",Ben,Jones,,,,");

        assertThat(outcome.errors()).extracting(RowError::line, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, null), org.assertj.core.groups.Tuple.tuple(3, "id"));
        assertThat(outcome.errors().get(0).message()).contains("expected 7 fields as in the header, found 6");
        assertThat(outcome.errorCount()).isEqualTo(2);
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredExactlyAsData() {
        importLines(SourceFixtures.HEADER, "A1,\"=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\",Smith,,,,");
        assertThat(jdbc.queryForObject("select forenames from source_record where source_id = ?", String.class, source.id()))
                .isEqualTo("=HYPERLINK(\"http://example.org\",\"x\")");
    }

    @Test
    void anAdministratorOfAnotherOrganisationIsRefusedAndTheRefusalIsAudited() {
        UUID other = new TestStaff(jdbc, passwords).organisation("Other " + UUID.randomUUID(), "COUNCIL_SERVICE", false);
        Actor stranger = new Actor(UUID.randomUUID(), "stranger-" + UUID.randomUUID(), other, false, java.util.Set.of(Role.ADMINISTRATOR));

        assertThatThrownBy(() -> imports.importCsv(stranger, source.name(), SourceFixtures.csv(folder, SourceFixtures.HEADER)))
                .isInstanceOf(AccessRefused.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and allowed = false", Integer.class,
                stranger.username())).isEqualTo(1);
    }
}
