package org.joinery.linking.internal;

import java.util.List;
import java.util.Locale;
import org.joinery.linkage.predict.Scorer;

/** The wording of history reasons: plain English, the records named as source:record key, weights as numbers. */
final class HistoryReasons {

    private static final int LISTED = 5;

    private HistoryReasons() {
    }

    /** "match weight 14.2 (probability 0.9999)". */
    static String weight(double weight) {
        return String.format(Locale.ROOT, "match weight %.1f (probability %s)", weight, probability(Scorer.probability(weight)));
    }

    static String probability(double probability) {
        String text = String.format(Locale.ROOT, "%.4f", probability);
        // Four decimals round 0.99996 up to 1.0000, which would claim certainty.
        return text.equals("1.0000") ? "over 0.9999" : text;
    }

    /** The first few names and how many more. */
    static String list(List<String> names) {
        if (names.size() <= LISTED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, LISTED)) + " and " + (names.size() - LISTED) + " more";
    }

    static String records(int count) {
        return count == 1 ? "1 record" : count + " records";
    }
}
