package org.joinery.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The fault suite's figures across every fault test in the run: crashes and restarts survived, audit entries,
 * batches, runs and acknowledged writes checked afterwards, and how many of them were lost. Each fault test prints
 * its own line; the totals are printed (and written to {@code target/fault-suite.txt}) when the run ends.
 *
 * <p>A fault test that hangs fails after {@link #longest()} instead of holding the build: a fault can leave a wait
 * that never ends (a child process holding a pipe, a lock never released), and the suite must report it, not stall.
 */
public final class FaultTally implements BeforeAllCallback, InvocationInterceptor {

    private static final AtomicLong FAULTS = new AtomicLong();
    private static final AtomicLong AUDIT_ENTRIES = new AtomicLong();
    private static final AtomicLong BATCHES = new AtomicLong();
    private static final AtomicLong RUNS = new AtomicLong();
    private static final AtomicLong WRITES = new AtomicLong();
    private static final AtomicLong LOST = new AtomicLong();

    /** One fault's figures. */
    public record Figures(String fault, long survived, long auditEntries, long batches, long runs, long writes, long lost) {
    }

    /** Adds a fault's figures to the totals and prints them. */
    public static void record(Figures figures) {
        FAULTS.addAndGet(figures.survived());
        AUDIT_ENTRIES.addAndGet(figures.auditEntries());
        BATCHES.addAndGet(figures.batches());
        RUNS.addAndGet(figures.runs());
        WRITES.addAndGet(figures.writes());
        LOST.addAndGet(figures.lost());
        System.out.println(line(figures.fault(), figures.survived(), figures.auditEntries(), figures.batches(), figures.runs(),
                figures.writes(), figures.lost()));
    }

    /** Whether the full fault run was asked for ({@code -Djoinery.faults=full}): more repetitions, more data. */
    public static boolean fullRun() {
        return "full".equalsIgnoreCase(System.getProperty("joinery.faults", ""));
    }

    /** How many times to repeat a fault: once in the fast part, {@code full} times in the full fault run. */
    public static int repetitions(int full) {
        return repetitions(1, full);
    }

    /** How many times to repeat a fault: {@code fast} times in the fast part, {@code full} times in the full fault run. */
    public static int repetitions(int fast, int full) {
        return fullRun() ? Integer.getInteger("joinery.faults.repeat", full) : fast;
    }

    /** The longest a fault test may take: the fast part takes about a minute a test even on a busy machine. */
    public static Duration longest() {
        return fullRun() ? Duration.ofHours(2) : Duration.ofMinutes(8);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) {
        Assertions.assertTimeoutPreemptively(longest(), () -> {
            invocation.proceed();
        }, () -> context.getDisplayName() + " did not finish within " + longest() + ": a wait in it never ended");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(FaultTally.class, key -> (AutoCloseable) FaultTally::printTotals);
    }

    private static void printTotals() {
        String totals = line("Fault suite total" + (fullRun() ? " (full run)" : ""), FAULTS.get(), AUDIT_ENTRIES.get(),
                BATCHES.get(), RUNS.get(), WRITES.get(), LOST.get());
        System.out.println(totals);
        try {
            Files.writeString(Path.of("target", "fault-suite.txt"), totals + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("Could not write target/fault-suite.txt: " + e.getMessage());
        }
    }

    private static String line(String fault, long survived, long entries, long batches, long runs, long writes, long lost) {
        return String.format(Locale.ROOT, "%s: %d fault(s) survived; %d audit entries, %d batches, %d link runs and"
                + " %d acknowledged writes checked afterwards; %d lost or partial", fault, survived, entries, batches, runs,
                writes, lost);
    }
}
