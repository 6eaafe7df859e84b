package org.joinery.sources.imports;

import java.util.concurrent.atomic.AtomicInteger;

/** How far an import has got, for the job page: rows checked, then rows applied. Updated from the import's thread. */
public final class ImportProgress {

    public enum Stage { RECEIVED, CHECKING, APPLYING, DONE }

    private volatile Stage stage = Stage.RECEIVED;
    private final AtomicInteger validated = new AtomicInteger();
    private final AtomicInteger applied = new AtomicInteger();
    private volatile int rows;

    public Stage stage() {
        return stage;
    }

    public int validated() {
        return validated.get();
    }

    public int applied() {
        return applied.get();
    }

    /** The rows the extract holds, once checked (0 before). */
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
