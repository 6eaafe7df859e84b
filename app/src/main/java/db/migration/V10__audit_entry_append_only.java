package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit log append-only in the database, not only in code: a trigger refuses every
 * UPDATE and DELETE of {@code audit_entry} (and, on PostgreSQL, TRUNCATE). {@code audit_head} stays
 * updatable because it is the chain's moving end. A Java migration because the two databases
 * write triggers differently, and one history must serve both.
 */
public class V10__audit_entry_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        try (Statement statement = context.getConnection().createStatement()) {
            if (product.startsWith("PostgreSQL")) {
                statement.execute("""
                        create function audit_entry_append_only() returns trigger language plpgsql as $$
                        begin
                            raise exception 'The audit log is append-only: % on audit_entry is not allowed.', tg_op
                                using errcode = 'insufficient_privilege';
                        end
                        $$""");
                statement.execute("""
                        create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
                        for each row execute function audit_entry_append_only()""");
                statement.execute("""
                        create trigger audit_entry_no_truncate before truncate on audit_entry
                        for each statement execute function audit_entry_append_only()""");
            } else if (product.startsWith("H2")) {
                statement.execute("create trigger audit_entry_no_update_or_delete before update, delete on audit_entry "
                        + "for each row call '" + AuditEntryAppendOnly.class.getName() + "'");
            } else {
                throw new IllegalStateException("Joinery runs on PostgreSQL or H2, not " + product);
            }
        }
    }
}
