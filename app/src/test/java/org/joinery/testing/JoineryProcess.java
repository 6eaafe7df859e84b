package org.joinery.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Joinery as the operator runs it: a separate JVM ({@code org.joinery.cli.Joinery serve}, as {@code ./joinery serve}
 * starts it) configured by JOINERY_* environment variables, on a port of its own, logging to a file. A fault test can
 * kill it with SIGKILL, stop it, start it again on the same database, or run a command such as {@code audit verify}
 * against that database.
 *
 * <p>Every JVM started here is ended when the test closes it, and, should the test JVM itself be stopped first, by a
 * shutdown hook: no Joinery outlives the test that started it.
 */
public final class JoineryProcess implements AutoCloseable {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "joinery-process-reaper"));
    }

    /** Where a Joinery works: its environment (database and data folder) and the folder for its logs. */
    public record Setup(Path folder, Map<String, String> environment, String heap, long fileSizeLimitKb) {

        /** The embedded H2 database in {@code folder/data}. */
        public static Setup embedded(Path folder) {
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("JOINERY_DB_URL", "");
            environment.put("JOINERY_DATA_DIR", folder.resolve("data").toString());
            return new Setup(folder, environment, "-Xmx384m", 0);
        }

        /** A PostgreSQL database, in its own schema when {@code schema} is not null. */
        public static Setup postgres(Path folder, String url, String user, String schema) {
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("JOINERY_DB_URL", schema == null ? url : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            environment.put("JOINERY_DB_USER", user);
            environment.put("JOINERY_DB_PASSWORD", "");
            environment.put("JOINERY_DATA_DIR", folder.resolve("data").toString());
            if (schema != null) {
                environment.put("SPRING_FLYWAY_SCHEMAS", schema);
                environment.put("SPRING_FLYWAY_DEFAULT_SCHEMA", schema);
            }
            return new Setup(folder, environment, "-Xmx384m", 0);
        }

        public Setup heap(String maximum) {
            return new Setup(folder, environment, maximum, fileSizeLimitKb);
        }

        /**
         * No file the JVM writes may grow beyond this many KiB ({@code ulimit -f}, with SIGXFSZ ignored so that a
         * write beyond it fails with EFBIG instead of killing the process): a disk that fills up; 0 for no limit.
         */
        public Setup fileSizeLimitKb(long kib) {
            return new Setup(folder, environment, heap, kib);
        }
    }

    /** A finished command: its exit code and everything it printed. */
    public record Outcome(int exitCode, String output) {
    }

    private final Setup setup;
    private final Process process;
    private final int port;
    private final Path log;

    private JoineryProcess(Setup setup, Process process, int port, Path log) {
        this.setup = setup;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code joinery serve} and waits until it answers the sign-in page. */
    public static JoineryProcess start(Setup setup) {
        int port = freePort();
        Path log = nextLog(setup.folder(), "serve");
        ProcessBuilder builder = builder(setup, List.of("serve"));
        builder.environment().put("JOINERY_PORT", String.valueOf(port));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = launch(builder);
        JoineryProcess joinery = new JoineryProcess(setup, process, port, log);
        try {
            joinery.awaitSignInPage();
        } catch (RuntimeException | Error e) {
            joinery.close();
            throw e;
        }
        return joinery;
    }

    /** Runs a command, such as {@code audit verify}, against the same database, and waits for it. */
    public static Outcome command(Setup setup, String... arguments) {
        Path log = nextLog(setup.folder(), arguments[0]);
        ProcessBuilder builder = builder(setup, List.of(arguments));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = launch(builder);
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                throw new AssertionError("joinery " + String.join(" ", arguments) + " did not finish within 5 minutes");
            }
            return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            process.destroyForcibly();
            LIVE.remove(process);
        }
    }

    /**
     * Runs {@code joinery audit verify} on the database, as an operator would after a fault; fails the test unless it
     * reports the chain intact. Returns how many entries it checked.
     */
    public static long verifyAuditChain(Setup setup) {
        Outcome verify = command(setup, "audit", "verify");
        java.util.regex.Matcher intact = java.util.regex.Pattern.compile("The audit log is intact: ([\\d,]+) entr")
                .matcher(verify.output());
        if (verify.exitCode() != 0 || !intact.find()) {
            throw new AssertionError("joinery audit verify exited " + verify.exitCode() + ":\n" + verify.output());
        }
        return Long.parseLong(intact.group(1).replace(",", ""));
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** What this JVM has logged so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + log, e);
        }
    }

    /** SIGKILL: the JVM ends at once, with no shutdown hooks, no closing of connections or files. */
    public void kill9() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the JVM shuts down in order (Spring closes the database). */
    public void stop() {
        process.destroy();
        awaitExit();
    }

    /** The same Joinery, started again on the same database. */
    public JoineryProcess restart() {
        if (process.isAlive()) {
            stop();
        }
        return start(setup);
    }

    @Override
    public void close() {
        process.destroyForcibly();
        awaitExit();
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            LIVE.remove(process);
        }
    }

    private void awaitSignInPage() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Joinery stopped while starting:\n" + log());
            }
            try {
                HttpResponse<Void> signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (signIn.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(300);
        }
        throw new AssertionError("Joinery did not start within 5 minutes:\n" + log());
    }

    private static ProcessBuilder builder(Setup setup, List<String> arguments) {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                setup.heap(), "-cp", System.getProperty("java.class.path"), "org.joinery.cli.Joinery"));
        java.addAll(arguments);
        ProcessBuilder builder;
        if (setup.fileSizeLimitKb() > 0) {
            // exec keeps the JVM's process id, so SIGKILL reaches the JVM itself.
            builder = new ProcessBuilder("bash", "-c", "trap '' XFSZ; ulimit -f " + setup.fileSizeLimitKb() + "; exec \"$@\"",
                    "joinery");
            builder.command().addAll(java);
        } else {
            builder = new ProcessBuilder(java);
        }
        builder.environment().putAll(setup.environment());
        return builder;
    }

    private static Process launch(ProcessBuilder builder) {
        try {
            Process process = builder.start();
            LIVE.add(process);
            return process;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + builder.command(), e);
        }
    }

    private static Path nextLog(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            for (int i = 1; ; i++) {
                Path log = folder.resolve(name + "-" + i + ".log");
                if (!Files.exists(log)) {
                    return Files.createFile(log);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not make a log file in " + folder, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
