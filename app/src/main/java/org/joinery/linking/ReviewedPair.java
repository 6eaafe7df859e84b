package org.joinery.linking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A decision made in clerical review, by whom and when, with the reviewer's note if any. */
public record ReviewedPair(PairKey key, ReviewDecision decision, String note, String decidedBy, Instant decidedAt) {

    private static final DateTimeFormatter BRITISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /** The day of the decision, the British way. */
    public String decidedOn() {
        return BRITISH.format(decidedAt);
    }
}
