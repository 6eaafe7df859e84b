package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded database's half of {@link V10__audit_entry_append_only}: refuses every UPDATE and
 * DELETE of an audit entry. H2 stores this class's name in the database, so it must never be
 * renamed or moved.
 */
public class AuditEntryAppendOnly implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String what = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("The audit log is append-only: " + what + " on audit_entry is not allowed.", "42501");
    }
}
