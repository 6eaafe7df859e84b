package org.joinery.platform;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Checks the database before Spring starts, so that a bad URL or an unreachable server stops
 * startup with one line that says what to fix, not a page of stack trace.
 */
public final class DatabasePreflight {

    private final String url;
    private final String user;
    private final String password;

    DatabasePreflight(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static DatabasePreflight fromEnvironment() {
        String url = System.getenv("JOINERY_DB_URL");
        if (url == null || url.isBlank()) {
            return embedded(EmbeddedDatabase.dataDirectory());
        }
        return new DatabasePreflight(url.trim(), System.getenv("JOINERY_DB_USER"), System.getenv("JOINERY_DB_PASSWORD"));
    }

    public static DatabasePreflight embedded(Path directory) {
        return new DatabasePreflight(EmbeddedDatabase.jdbcUrl(directory), "sa", "");
    }

    /** Returns true when the database answers; otherwise prints one line saying what to fix. */
    public boolean check(PrintStream err) {
        String problem = problem();
        if (problem != null) {
            err.println("Joinery cannot start: " + problem);
        }
        return problem == null;
    }

    String problem() {
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            return "JOINERY_DB_URL must be a PostgreSQL JDBC URL such as jdbc:postgresql://db.example.org:5432/joinery, but it is '"
                    + url + "'.";
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "10");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            return connection.isValid(10) ? null : "the database at " + url + " did not answer. Check that it is running.";
        } catch (SQLException e) {
            return describe(e);
        }
    }

    private String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return "no database answers at " + url + ". Check the host and port in JOINERY_DB_URL and that PostgreSQL is running. ("
                    + e.getMessage() + ")";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "the database refused the sign-in for user '" + user
                    + "'. Check JOINERY_DB_USER and JOINERY_DB_PASSWORD. (" + e.getMessage() + ")";
        }
        if (state.equals("3D000")) {
            return "the database named in JOINERY_DB_URL does not exist. Create it or correct the URL. (" + e.getMessage() + ")";
        }
        if (url.startsWith("jdbc:h2:")) {
            return "the embedded database in " + url + " could not be opened. Is another Joinery already running on it? ("
                    + e.getMessage() + ")";
        }
        return "could not connect to " + url + ": " + e.getMessage();
    }
}
