package org.joinery.synth;

import java.util.Locale;

/** Told every few seconds how far generation has got. */
@FunctionalInterface
public interface BoroughProgress {

    void update(long residentsDone, long residentsTotal, long rowsWritten, long elapsedNanos);

    BoroughProgress SILENT = (done, total, rows, elapsed) -> { };

    /** "250,000 of 1,000,000 residents (25%), 61,020 extract rows, 30,510 rows/s, 2.0 s". */
    static String describe(long residentsDone, long residentsTotal, long rowsWritten, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        return String.format(Locale.UK, "%,d of %,d residents (%d%%), %,d extract rows, %,.0f rows/s, %.1f s",
                residentsDone, residentsTotal, residentsTotal == 0 ? 100 : residentsDone * 100 / residentsTotal,
                rowsWritten, rowsWritten / seconds, seconds);
    }
}
