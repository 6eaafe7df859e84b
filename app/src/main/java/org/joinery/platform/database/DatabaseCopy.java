package org.joinery.platform.database;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Moves a Joinery from its embedded database to PostgreSQL: migrates both to the same version,
 * then copies every table, parents before children, in one transaction on the target. Either
 * everything arrives or nothing does; row counts are compared afterwards.
 */
public final class DatabaseCopy {

    private static final String HISTORY = "flyway_schema_history";
    /** Seeded by a migration with the audit chain's genesis; replaced by the source's head. */
    private static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("audit_head");
    private static final int BATCH = 1_000;

    private final DataSource source;
    private final DataSource target;
    private final PrintStream out;

    public DatabaseCopy(DataSource source, DataSource target, PrintStream out) {
        this.source = source;
        this.target = target;
        this.out = out;
    }

    /** Copies all data and returns the number of rows copied per table. */
    public Map<String, Long> run() throws SQLException {
        migrate(source);
        migrate(target);
        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            List<String> tables = parentsFirst(from);
            refuseUnlessEmpty(to, tables);
            to.setAutoCommit(false);
            Map<String, Long> copied = new LinkedHashMap<>();
            try {
                for (int i = tables.size() - 1; i >= 0; i--) {
                    try (Statement clear = to.createStatement()) {
                        clear.executeUpdate("delete from " + tables.get(i));
                    }
                }
                for (String table : tables) {
                    copied.put(table, copyTable(from, to, table));
                    out.printf("  %-28s %,12d rows%n", table, copied.get(table));
                }
                checkCounts(to, copied);
                to.commit();
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            }
            return copied;
        }
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** Application tables ordered so that every table comes after the tables it references. */
    static List<String> parentsFirst(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(HISTORY)) {
                    parents.put(name, new LinkedHashSet<>());
                }
            }
        }
        for (String table : parents.keySet()) {
            try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        parents.get(table).add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            for (var entry : parents.entrySet()) {
                if (!ordered.contains(entry.getKey()) && ordered.containsAll(entry.getValue())) {
                    ordered.add(entry.getKey());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("The tables reference each other in a cycle; cannot order the copy: " + parents);
            }
        }
        return ordered;
    }

    private static void refuseUnlessEmpty(Connection to, List<String> tables) throws SQLException {
        for (String table : tables) {
            if (!SEEDED_BY_MIGRATIONS.contains(table) && count(to, table) > 0) {
                throw new IllegalStateException("The target database already holds Joinery data (table " + table
                        + " is not empty). Copy only into a new, empty PostgreSQL database.");
            }
        }
    }

    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        long rows = 0;
        try (Statement read = from.createStatement(); ResultSet rs = read.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            String insert = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement write = to.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        write.setObject(i, rs.getObject(i));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
            for (int i = 1; i <= columns; i++) {
                if (meta.isAutoIncrement(i)) {
                    continueIdentity(to, table, names.get(i - 1));
                }
            }
        }
        return rows;
    }

    /**
     * Rows keep their ids, so the target's identity sequence must carry on after the highest one;
     * otherwise the next row PostgreSQL numbers would collide with a copied one.
     */
    private static void continueIdentity(Connection to, String table, String column) throws SQLException {
        try (Statement statement = to.createStatement()) {
            statement.execute("select setval(pg_get_serial_sequence('" + table + "', '" + column + "'), coalesce(max(" + column
                    + "), 0) + 1, false) from " + table);
        }
    }

    private static void checkCounts(Connection to, Map<String, Long> copied) throws SQLException {
        for (var entry : copied.entrySet()) {
            long arrived = count(to, entry.getKey());
            if (arrived != entry.getValue()) {
                throw new IllegalStateException("Table " + entry.getKey() + ": copied " + entry.getValue()
                        + " rows but the target holds " + arrived + ". Nothing has been committed.");
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
