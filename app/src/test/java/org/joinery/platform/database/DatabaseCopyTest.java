package org.joinery.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.joinery.platform.EmbeddedDatabase;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class DatabaseCopyTest {

    private Path embeddedDirectory;
    private String schema;
    private DataSource embedded;
    private DataSource postgres;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void createBothDatabases() throws Exception {
        TestDatabase.requirePostgres();
        embeddedDirectory = Files.createTempDirectory("joinery-copy-");
        embedded = new SimpleDriverDataSource(new org.h2.Driver(), EmbeddedDatabase.jdbcUrl(embeddedDirectory), "sa", "");
        schema = "joinery_copy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin().execute("create schema " + schema);
        postgres = new SimpleDriverDataSource(new org.postgresql.Driver(),
                TestDatabase.POSTGRES_URL + "?currentSchema=" + schema, TestDatabase.POSTGRES_USER, "");
    }

    @AfterEach
    void dropBothDatabases() {
        if (schema != null) {
            admin().execute("drop schema " + schema + " cascade");
        }
        if (embeddedDirectory != null) {
            EmbeddedDatabase.wipe(embeddedDirectory);
        }
    }

    @Test
    void everyRowOfTheEmbeddedDatabaseArrivesInPostgresUnchanged() throws Exception {
        DatabaseCopy copy = new DatabaseCopy(embedded, postgres, new PrintStream(output));
        copy.run(); // first run creates the embedded schema too
        admin().execute("drop schema " + schema + " cascade");
        admin().execute("create schema " + schema);
        seedEmbedded();

        var copied = new DatabaseCopy(embedded, postgres, new PrintStream(output)).run();

        assertThat(copied).containsEntry("organisation", 2L).containsEntry("team", 1L).containsEntry("app_user", 1L);
        for (String table : copied.keySet()) {
            assertThat(rows(postgres, table)).as(table).isEqualTo(rows(embedded, table));
        }
        assertThat(output.toString()).contains("organisation");
    }

    @Test
    void theCopyRefusesATargetThatAlreadyHoldsDataAndChangesNothing() throws Exception {
        new DatabaseCopy(embedded, postgres, new PrintStream(output)).run();
        seedEmbedded();
        new JdbcTemplate(postgres).update("insert into organisation (id, name, type, host, created_at) values (?, 'Already here', 'FUNDER', false, now())",
                UUID.randomUUID());

        assertThatThrownBy(() -> new DatabaseCopy(embedded, postgres, new PrintStream(output)).run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already holds Joinery data");
        assertThat(new JdbcTemplate(postgres).queryForObject("select count(*) from organisation", Long.class)).isEqualTo(1L);
    }

    @Test
    void rowsAddedAfterTheCopyAreNumberedAfterTheCopiedOnes() throws Exception {
        new DatabaseCopy(embedded, postgres, new PrintStream(output)).run();
        admin().execute("drop schema " + schema + " cascade");
        admin().execute("create schema " + schema);
        seedEmbedded();
        UUID person = UUID.randomUUID();
        JdbcTemplate h2 = new JdbcTemplate(embedded);
        h2.update("insert into person (id, joinery_id, created_at) values (?, 'ABCD-EFGH', now())", person);
        h2.update("insert into person_event (person_id, kind, reason, occurred_at) values (?, 'CREATED', 'first', now())", person);
        h2.update("insert into person_event (person_id, kind, reason, occurred_at) values (?, 'CREATED', 'second', now())", person);

        new DatabaseCopy(embedded, postgres, new PrintStream(output)).run();
        JdbcTemplate pg = new JdbcTemplate(postgres);
        pg.update("insert into person_event (person_id, kind, reason, occurred_at) values (?, 'CREATED', 'after the copy', now())", person);

        assertThat(pg.queryForList("select id from person_event order by id", Long.class)).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void tablesAreCopiedParentsBeforeChildren() throws Exception {
        new DatabaseCopy(embedded, postgres, new PrintStream(output)).run();
        try (var connection = embedded.getConnection()) {
            List<String> order = DatabaseCopy.parentsFirst(connection);
            assertThat(order.indexOf("organisation")).isLessThan(order.indexOf("team"));
            assertThat(order.indexOf("team")).isLessThan(order.indexOf("app_user"));
            assertThat(order.indexOf("app_user")).isLessThan(order.indexOf("app_user_role"));
            assertThat(order).doesNotContain("flyway_schema_history");
        }
    }

    private void seedEmbedded() {
        JdbcTemplate h2 = new JdbcTemplate(embedded);
        UUID council = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        h2.update("insert into organisation (id, name, type, host, created_at) values (?, 'Council', 'COUNCIL_SERVICE', true, timestamp with time zone '2026-01-02 03:04:05.123456+00')", council);
        h2.update("insert into organisation (id, name, type, host, created_at) values (?, 'Charity', 'VOLUNTARY_OR_COMMUNITY', false, now())", UUID.randomUUID());
        h2.update("insert into team (id, organisation_id, name, created_at) values (?, ?, 'Housing options', now())", team, council);
        h2.update("insert into app_user (id, username, display_name, email, password_hash, organisation_id, team_id, enabled, created_at) "
                + "values (?, 'amina', 'Amina Okafor', 'amina@example.org', '{bcrypt}x', ?, ?, true, now())", user, council, team);
        h2.update("insert into app_user_role (user_id, role) values (?, 'PRACTITIONER')", user);
    }

    private static List<String> rows(DataSource dataSource, String table) {
        List<String> rows = new ArrayList<>();
        new JdbcTemplate(dataSource).query("select * from " + table + " order by 1", rs -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                // PostgreSQL's driver returns timestamps as java.sql.Timestamp, H2's as OffsetDateTime: compare instants.
                Object comparable = value instanceof java.time.OffsetDateTime time ? time.toInstant()
                        : value instanceof java.sql.Timestamp stamp ? stamp.toInstant() : value;
                row.append(comparable).append('|');
            }
            rows.add(row.toString());
        });
        return rows;
    }

    private static JdbcTemplate admin() {
        return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), TestDatabase.POSTGRES_URL,
                TestDatabase.POSTGRES_USER, ""));
    }
}
