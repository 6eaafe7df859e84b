package org.joinery.synth;

import java.time.LocalDate;

/** The year the extracts cover: contacts, moves and name changes fall in it. */
final class Period {

    static final LocalDate START = LocalDate.of(2025, 4, 1);
    static final LocalDate END = LocalDate.of(2026, 3, 31);
    static final int DAYS = (int) (END.toEpochDay() - START.toEpochDay()) + 1;

    private Period() {
    }

    static LocalDate dayIn(SplitRandom random) {
        return START.plusDays(random.nextInt(DAYS));
    }

    /** A day between two dates, inclusive. */
    static LocalDate between(LocalDate from, LocalDate to, SplitRandom random) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextInt((int) span + 1));
    }
}
