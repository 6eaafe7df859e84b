package org.joinery.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of Joinery. Each can be given as an environment variable (JOINERY_DB_URL for
 * joinery.db.url, and so on) or as the Spring property; the README has the table.
 */
@ConfigurationProperties("joinery")
public record JoineryProperties(
        Db db,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("30m") Duration sessionTimeout,
        @DefaultValue("12h") Duration sessionMaxLifetime,
        @DefaultValue SignIn signIn,
        @DefaultValue Find find,
        @DefaultValue Review review,
        @DefaultValue Linking linking) {

    /** @param auditPoolSize connections of the audit log's own pool, so that recording never waits for request work */
    public record Db(String url, String user, String password, @DefaultValue("10") int poolSize,
            @DefaultValue("2") int auditPoolSize) {
        public boolean embedded() {
            return url == null || url.isBlank();
        }
    }

    /**
     * Failed sign-ins allowed per username, and per client address, within the window. The
     * address limit is far higher: a whole NHS trust or council may reach us from one address.
     */
    public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("100") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window) {
    }

    /** @param likelyProbability the front door lists persons whose best record matches at least this probability */
    public record Find(@DefaultValue("0.5") double likelyProbability) {
        public Find {
            probability("joinery.find.likely-probability", "JOINERY_FIND_LIKELY_PROBABILITY", likelyProbability);
        }
    }

    /**
     * Clerical review: scored pairs from {@code lower} to {@code upper} (both inclusive) wait for a person's
     * decision; pairs from {@code lower} up are kept for explanations and the queue.
     */
    public record Review(@DefaultValue("0.5") double lower, @DefaultValue("0.95") double upper) {
        public Review {
            if (!(lower >= 0 && lower < upper && upper <= 1)) {
                throw new IllegalArgumentException("joinery.review.lower (" + lower + ") must be below joinery.review.upper ("
                        + upper + "), both between 0 and 1: set JOINERY_REVIEW_LOWER and JOINERY_REVIEW_UPPER accordingly");
            }
        }
    }

    /**
     * The guards of every "same person" decision, full and incremental runs alike: a link below
     * {@code strongProbability} is weak, and a person may hold at most {@code maxWeakLinks} of them.
     */
    public record Linking(@DefaultValue("0.99") double strongProbability,
            @DefaultValue("2147483647") int maxWeakLinks) {
        public Linking {
            probability("joinery.linking.strong-probability", "JOINERY_LINKING_STRONG_PROBABILITY", strongProbability);
            if (maxWeakLinks < 0) {
                throw new IllegalArgumentException("joinery.linking.max-weak-links must be 0 or more, not " + maxWeakLinks
                        + ": set JOINERY_LINKING_MAX_WEAK_LINKS accordingly");
            }
        }
    }

    private static void probability(String property, String variable, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(property + " must be a probability above 0 and at most 1, not " + value
                    + ": set " + variable + " accordingly");
        }
    }
}
