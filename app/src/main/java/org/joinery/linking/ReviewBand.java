package org.joinery.linking;

/**
 * The probabilities between which a scored pair waits for clerical review (joinery.review.lower and
 * joinery.review.upper, both inclusive, set in {@code JoineryProperties.Review}): below, the records are taken to be
 * different people; above, the same.
 */
public record ReviewBand(double lower, double upper) {

    public ReviewBand {
        if (!(lower >= 0 && lower < upper && upper <= 1)) {
            throw new IllegalArgumentException("joinery.review.lower (" + lower + ") must be below joinery.review.upper ("
                    + upper + "), both between 0 and 1: set JOINERY_REVIEW_LOWER and JOINERY_REVIEW_UPPER accordingly");
        }
    }
}
