package org.joinery.linkage.predict;

import java.util.ArrayList;
import java.util.List;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.joinery.linkage.LinkageException;

/** Runs numbered tasks on all cores; each worker keeps its own state, which the caller merges afterwards. */
public final class Workers {

    private Workers() {
    }

    public static int threads() {
        return Integer.getInteger("joinery.linkage.threads", Runtime.getRuntime().availableProcessors());
    }

    /** A worker's state: runs the tasks it is given, one at a time. */
    public interface Worker {
        void run(int task);
    }

    public static <W extends Worker> List<W> run(int tasks, IntFunction<W> newWorker) {
        return run(tasks, newWorker, new AtomicLong());
    }

    /**
     * Runs the tasks and adds the CPU time the worker threads used to {@code cpuNanos}: on a machine shared
     * with other work, CPU time rather than wall time says how fast the work is per core.
     */
    public static <W extends Worker> List<W> run(int tasks, IntFunction<W> newWorker, AtomicLong cpuNanos) {
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        int threads = Math.max(1, Math.min(threads(), tasks));
        List<W> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(newWorker.apply(t));
        }
        AtomicInteger next = new AtomicInteger();
        List<Thread> running = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (W worker : workers) {
            Thread thread = new Thread(() -> {
                int task;
                while ((task = next.getAndIncrement()) < tasks) {
                    worker.run(task);
                }
                cpuNanos.addAndGet(threadBean.getCurrentThreadCpuTime());
            }, "joinery-linkage");
            thread.setUncaughtExceptionHandler((t, e) -> {
                synchronized (failure) {
                    failure[0] = e;
                }
                next.set(tasks);
            });
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LinkageException("interrupted", e);
            }
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new LinkageException("a linkage worker failed: " + failure[0], failure[0]);
        }
        return workers;
    }
}
