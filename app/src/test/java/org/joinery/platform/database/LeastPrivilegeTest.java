package org.joinery.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.UUID;
import org.joinery.JoineryApplication;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRefused;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * With a separate migration user, the application's own database user can add to the audit log
 * but can neither rewrite it nor remove its guard.
 */
class LeastPrivilegeTest {

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String schema = "joinery_lp_" + suffix;
    private final String runtimeUser = "joinery_app_" + suffix;
    private ConfigurableApplicationContext context;
    private JdbcTemplate asApplication;

    @BeforeEach
    void startJoineryWithTwoDatabaseUsers() {
        TestDatabase.requirePostgres();
        admin().execute("create schema " + schema);
        admin().execute("create role " + runtimeUser + " login");
        String url = TestDatabase.POSTGRES_URL + "?currentSchema=" + schema;
        // Command-line arguments, because defaults would lose to application.properties.
        context = new SpringApplicationBuilder(JoineryApplication.class).web(WebApplicationType.NONE)
                .run("--joinery.db.url=" + url, "--joinery.db.user=" + runtimeUser, "--joinery.db.password=",
                        "--joinery.db.migration-user=" + TestDatabase.POSTGRES_USER, "--joinery.db.migration-password=",
                        "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                        "--joinery.data-dir=" + System.getProperty("java.io.tmpdir") + "/" + schema);
        asApplication = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), url, runtimeUser, ""));
    }

    @AfterEach
    void dropEverything() {
        if (context != null) {
            context.close();
        }
        admin().execute("drop schema if exists " + schema + " cascade");
        admin().execute("drop owned by " + runtimeUser);
        admin().execute("drop role if exists " + runtimeUser);
    }

    @Test
    void theApplicationRecordsDecisionsThroughItsOwnLeastPrivilegedUser() {
        AccessGate gate = context.getBean(AccessGate.class);
        assertThatThrownBy(() -> gate.authorise(Actor.system("least-privilege-test"), Action.READ,
                DataRef.of(DataCategory.STAFF_ACCOUNT, null), Purpose.ADMINISTRATION)).isInstanceOf(AccessRefused.class);
        assertThat(asApplication.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(1L);
        assertThat(asApplication.queryForObject("select last_seq from audit_head", Long.class)).isEqualTo(1L);
    }

    @Test
    void theApplicationsUserCanNeitherRewriteNorEmptyTheAuditLog() {
        context.getBean(AccessGate.class);
        assertThatThrownBy(() -> asApplication.update("update audit_entry set reason = 'rewritten'"))
                .hasRootCauseInstanceOf(SQLException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> asApplication.update("delete from audit_entry"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> asApplication.execute("truncate audit_entry"))
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theApplicationsUserCannotRemoveTheAuditLogsGuard() {
        assertThatThrownBy(() -> asApplication.execute("drop trigger audit_entry_no_update_or_delete on audit_entry"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> asApplication.execute("alter table audit_entry disable trigger all"))
                .rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void theApplicationsUserStillWorksWithEveryOtherTable() {
        asApplication.update("insert into organisation (id, name, type, host, created_at) values (?, 'Charity', 'FUNDER', false, now())",
                UUID.randomUUID());
        assertThat(asApplication.update("update organisation set name = 'Renamed charity'")).isEqualTo(1);
        assertThat(asApplication.update("delete from organisation")).isEqualTo(1);
    }

    private static JdbcTemplate admin() {
        return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), TestDatabase.POSTGRES_URL,
                TestDatabase.POSTGRES_USER, ""));
    }
}
