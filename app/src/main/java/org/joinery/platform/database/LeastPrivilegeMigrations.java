package org.joinery.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Least privilege on PostgreSQL: when JOINERY_DB_MIGRATION_USER is set, migrations run as that
 * user, who owns the tables, and the application's own user (JOINERY_DB_USER) is granted only
 * what it needs. In particular it may add to the audit log but never change, delete or empty it,
 * nor drop the trigger that guards it, so a compromised application cannot rewrite history.
 */
@Component
class LeastPrivilegeMigrations implements FlywayConfigurationCustomizer {

    private static final Logger log = LoggerFactory.getLogger(LeastPrivilegeMigrations.class);

    private final String url;
    private final String runtimeUser;
    private final String migrationUser;
    private final String migrationPassword;

    LeastPrivilegeMigrations(@Value("${joinery.db.url:}") String url, @Value("${joinery.db.user:}") String runtimeUser,
            @Value("${joinery.db.migration-user:}") String migrationUser,
            @Value("${joinery.db.migration-password:}") String migrationPassword) {
        this.url = url;
        this.runtimeUser = runtimeUser;
        this.migrationUser = migrationUser;
        this.migrationPassword = migrationPassword;
    }

    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        if (migrationUser.isBlank() || url.isBlank()) {
            return;
        }
        if (runtimeUser.isBlank() || runtimeUser.equals(migrationUser)) {
            throw new IllegalStateException("JOINERY_DB_MIGRATION_USER must differ from JOINERY_DB_USER, which must be set.");
        }
        configuration.dataSource(url, migrationUser, migrationPassword).callbacks(new GrantRuntimePrivileges(runtimeUser));
        log.info("Migrations run as {}; the application connects as {} with least privilege.", migrationUser, runtimeUser);
    }

    /** After every migrate, whatever tables now exist, re-grants exactly what the application needs. */
    record GrantRuntimePrivileges(String runtimeUser) implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            Connection connection = context.getConnection();
            try (Statement statement = connection.createStatement()) {
                String schema = quote(connection.getSchema());
                String user = quote(runtimeUser);
                statement.execute("grant usage on schema " + schema + " to " + user);
                statement.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + user);
                statement.execute("revoke update, delete, truncate on " + schema + ".audit_entry from " + user);
                statement.execute("revoke insert, update, delete, truncate on " + schema + ".flyway_schema_history from " + user);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not grant the application's database user its privileges: " + e.getMessage(), e);
            }
        }

        @Override
        public String getCallbackName() {
            return "grant-runtime-privileges";
        }

        private static String quote(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }
    }
}
