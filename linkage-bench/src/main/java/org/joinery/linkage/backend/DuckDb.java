package org.joinery.linkage.backend;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.joinery.linkage.LinkageException;

/**
 * Opens an in-memory DuckDB database through its JDBC driver. The driver is a dependency of the benchmark
 * module only, so it is on the bench's class path and never in Joinery's product jar; {@code
 * -Djoinery.duckdb.jar=...} names another driver jar to load instead.
 */
public final class DuckDb {

    private DuckDb() {
    }

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = DuckDb.class.getResourceAsStream("/org/joinery/linkage/duckdb.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new LinkageException("could not read the DuckDB version", e);
        }
        return properties.getProperty("version", "unknown");
    }

    /** The driver on the class path, or the jar named by {@code joinery.duckdb.jar}. */
    public static Connection connect() {
        String configured = System.getProperty("joinery.duckdb.jar");
        if (configured != null) {
            return connect(Path.of(configured));
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new LinkageException("could not start DuckDB: " + e.getMessage(), e);
        }
    }

    public static Connection connect(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new LinkageException("the DuckDB JDBC driver is not at " + jar + " (-Djoinery.duckdb.jar)");
        }
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, DuckDb.class.getClassLoader());
            Driver driver = (Driver) Class.forName("org.duckdb.DuckDBDriver", true, loader).getDeclaredConstructor().newInstance();
            return driver.connect("jdbc:duckdb:", new Properties());
        } catch (MalformedURLException | ReflectiveOperationException | SQLException e) {
            throw new LinkageException("could not start DuckDB from " + jar + ": " + e.getMessage(), e);
        }
    }
}
