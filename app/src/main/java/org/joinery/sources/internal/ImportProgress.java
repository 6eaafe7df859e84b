package org.joinery.sources.internal;

import java.util.concurrent.atomic.AtomicInteger;
import org.joinery.sources.ImportJob;

/** How far an import has got, updated from the import's thread; its {@code Stage} is the API's. */
final class ImportProgress implements ImportJob.Progress {

    private volatile Stage stage = Stage.RECEIVED;
    private final AtomicInteger validated = new AtomicInteger();
    private final AtomicInteger applied = new AtomicInteger();
    private volatile int rows;

    @Override
    public Stage stage() {
        return stage;
    }

    @Override
    public int validated() {
        return validated.get();
    }

    @Override
    public int applied() {
        return applied.get();
    }

    @Override
    public int rows() {
        return rows;
    }

    void stage(Stage stage) {
        this.stage = stage;
    }

    void validated(int count) {
        validated.set(count);
    }

    void applied(int count) {
        applied.set(count);
    }

    void rows(int count) {
        rows = count;
    }
}
