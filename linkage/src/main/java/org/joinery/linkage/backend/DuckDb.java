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
import java.sql.SQLException;
import java.util.Properties;
import org.joinery.linkage.LinkageException;

/**
 * Opens an in-memory DuckDB database through its JDBC driver, loaded at run time from the DuckDB jar, so
 * DuckDB never becomes a dependency of Joinery itself. The jar is the one Maven resolved for the linkage
 * tests (in the local Maven repository) unless {@code joinery.duckdb.jar} names another.
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

    public static Path defaultJar() {
        String configured = System.getProperty("joinery.duckdb.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        String version = version();
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "duckdb", "duckdb_jdbc", version,
                "duckdb_jdbc-" + version + ".jar");
    }

    public static Connection connect(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new LinkageException("the DuckDB JDBC driver is not at " + jar + "; fetch it with "
                    + "./mvnw -q dependency:get -Dartifact=org.duckdb:duckdb_jdbc:" + version()
                    + " or give its path with -Djoinery.duckdb.jar=...");
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
