package org.joinery.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the test's own, to stop, crash and restart while Joinery works: never the shared server
 * on port 5432, which other tests use. Made with the installed {@code initdb} and {@code pg_ctl} (run as the
 * {@code postgres} user when the test runs as root) in a temporary folder, on 127.0.0.1:55432 with trust
 * authentication, and removed with its folder when closed (and by a shutdown hook should the test JVM stop first).
 *
 * <p>Without the PostgreSQL binaries the test is skipped, except under CI ({@code CI=true}), where it fails.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    public static final int PORT = 55432;
    private static final String USER = "postgres";

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final boolean asPostgresUser;
    private final Thread reaper;

    private ThrowawayPostgres(Path bin, Path folder, boolean asPostgresUser) {
        this.bin = bin;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.asPostgresUser = asPostgresUser;
        this.reaper = new Thread(this::destroy, "throwaway-postgres-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Creates and starts the server; skips the test (locally) or fails it (CI) when PostgreSQL is not installed. */
    public static ThrowawayPostgres start() {
        Path bin = binaries();
        if (bin == null) {
            String message = "No PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin: the"
                    + " database restart fault needs a PostgreSQL server of its own. Install postgresql to run it.";
            if (TestDatabase.underCi()) {
                throw new IllegalStateException(message + " (CI=true: the fault suite must run)");
            }
            Assumptions.abort(message);
        }
        try (ServerSocket probe = new ServerSocket(PORT, 1, java.net.InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + PORT + " is taken: stop whatever listens there (a PostgreSQL left by"
                    + " an earlier fault run: pg_ctl -D <its folder> stop) and run again", e);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder;
        try {
            folder = Files.createTempDirectory("joinery-fault-postgres-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new IllegalStateException("Could not make a folder for the throwaway PostgreSQL", e);
        }
        ThrowawayPostgres server = new ThrowawayPostgres(bin, folder, root);
        try {
            if (root) {
                server.run(List.of("chown", USER + ":", folder.toString()), false);
            }
            server.run(List.of(bin.resolve("initdb").toString(), "-D", server.data.toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--no-instructions"), true);
            server.pgCtl("start", "-w", "-t", "120", "-l", folder.resolve("server.log").toString(), "-o",
                    "-p " + PORT + " -c listen_addresses=127.0.0.1 -k " + folder + " -c max_connections=100");
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + PORT + "/" + database;
    }

    public String user() {
        return USER;
    }

    /** Creates a database on this server. */
    public void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "")) {
            connection.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /**
     * Restarts the server: {@code fast} ends every session and shuts down cleanly; {@code immediate} is a crash, and
     * the server recovers from its write-ahead log when it starts again.
     */
    public void restart(String mode) {
        // -l again: pg_ctl does not remember it, and the new server would log into (and hold open) pg_ctl's output.
        pgCtl("restart", "-w", "-t", "120", "-m", mode, "-l", folder.resolve("server.log").toString());
    }

    /** What the server logged (its recovery after a crash, for example). */
    public String log() {
        try {
            return Files.readString(folder.resolve("server.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void destroy() {
        if (!Files.exists(folder)) {
            return;
        }
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                pgCtl("stop", "-w", "-t", "60", "-m", "immediate");
            } catch (RuntimeException e) {
                System.err.println("Could not stop the throwaway PostgreSQL in " + data + ": " + e.getMessage());
            }
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + folder + ": " + e.getMessage());
        }
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString()));
        command.addAll(List.of(arguments));
        run(command, true);
    }

    private void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres && asPostgresUser) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        try {
            // Output to a file, never a pipe: a server started by pg_ctl could inherit a pipe and keep it open, and
            // reading it to its end would then wait for as long as the server runs.
            Path output = Files.createTempFile("joinery-pg-command-", ".out");
            try {
                Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", full) + " failed:\n"
                            + Files.readString(output, StandardCharsets.UTF_8) + "\n" + log());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + full, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> versionOf(bin.getParent())))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
