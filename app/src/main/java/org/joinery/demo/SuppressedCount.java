package org.joinery.demo;

import java.util.Locale;

/**
 * A count as shown to people: counts below the threshold (10) are suppressed, so no individual can
 * be picked out of an aggregate. A suppressed count does not keep its value.
 */
public record SuppressedCount(long value, boolean suppressed) {

    static final long THRESHOLD = 10;

    public static SuppressedCount of(long value) {
        return value < THRESHOLD ? new SuppressedCount(0, true) : new SuppressedCount(value, false);
    }

    /** "1,234", or null when suppressed (the page then says "fewer than 10"). */
    public String shown() {
        return suppressed ? null : String.format(Locale.UK, "%,d", value);
    }
}
