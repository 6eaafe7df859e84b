package org.joinery.linkage.predict;

/**
 * What may and may not make two records one person, beside their scores: the guards every "same person" decision
 * takes, a full run's and an incremental run's alike ({@code Linkage.samePerson}).
 *
 * @param threshold         match probability at or above which a scored pair links its records (the model's)
 * @param strongProbability below this probability a link is weak
 * @param maxWeakLinks      how many weak links one person may hold, so a chain of them cannot join many people
 * @param mustLink          pairs of record indexes people decided are the same person, joined before any score
 * @param cannotLink        pairs of record indexes people decided are different people, never in one person
 */
public record Guards(double threshold, double strongProbability, int maxWeakLinks, int[][] mustLink, int[][] cannotLink) {

    public Guards {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the linking threshold must be a probability above 0 and below 1: " + threshold);
        }
        if (!(strongProbability > 0 && strongProbability <= 1)) {
            throw new IllegalArgumentException("the strong-link probability must be above 0 and at most 1: " + strongProbability);
        }
        if (maxWeakLinks < 0) {
            throw new IllegalArgumentException("a person may hold no fewer than 0 weak links: " + maxWeakLinks);
        }
        mustLink = pairs(mustLink, "must-link");
        cannotLink = pairs(cannotLink, "cannot-link");
    }

    /** Guards with no review decisions. */
    public Guards(double threshold, double strongProbability, int maxWeakLinks) {
        this(threshold, strongProbability, maxWeakLinks, new int[0][], new int[0][]);
    }

    private static int[][] pairs(int[][] pairs, String what) {
        if (pairs == null) {
            return new int[0][];
        }
        for (int[] pair : pairs) {
            if (pair.length != 2) {
                throw new IllegalArgumentException("a " + what + " pair is two record indexes, not " + pair.length);
            }
        }
        return pairs;
    }
}
