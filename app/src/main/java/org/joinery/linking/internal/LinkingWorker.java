package org.joinery.linking.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one background thread linkage runs on. Full and incremental runs take turns, so two runs never work
 * out changes to the same persons at once.
 */
@Component
class LinkingWorker implements DisposableBean {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "linkage-runs");
        t.setDaemon(true);
        return t;
    });

    Future<?> submit(Runnable run) {
        return thread.submit(run);
    }

    /** Runs the work on the linkage thread and waits for it; its exception is rethrown here. */
    <T> T call(java.util.concurrent.Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a linkage run", e);
        }
    }

    /** Waits until every run submitted so far has finished (commands and tests). */
    void awaitIdle() {
        try {
            thread.submit(() -> { }).get(1, TimeUnit.HOURS);
        } catch (Exception e) {
            throw new IllegalStateException("Linkage runs did not finish", e);
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
