package org.joinery.synth;

/** Told every few seconds how far generation has got. */
@FunctionalInterface
public interface BoroughProgress {

    void update(long residentsDone, long residentsTotal, long rowsWritten, long elapsedNanos);

    BoroughProgress SILENT = (done, total, rows, elapsed) -> { };
}
