package org.joinery.linking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The probabilities between which a scored pair waits for clerical review (joinery.review.lower and
 * joinery.review.upper, both inclusive): below, the records are taken to be different people; above, the same.
 */
@ConfigurationProperties("joinery.review")
public record ReviewBand(@DefaultValue("0.5") double lower, @DefaultValue("0.95") double upper) {

    public ReviewBand {
        if (!(lower >= 0 && lower < upper && upper <= 1)) {
            throw new IllegalArgumentException("joinery.review.lower (" + lower + ") must be below joinery.review.upper ("
                    + upper + "), both between 0 and 1: set JOINERY_REVIEW_LOWER and JOINERY_REVIEW_UPPER accordingly");
        }
    }
}
