package org.joinery.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DamerauLevenshteinTest {

    @Test
    void aSwapOfAdjacentLettersIsOneEdit() {
        assertThat(DamerauLevenshtein.distance("smtih", "smith")).isEqualTo(1);
    }

    @Test
    void insertionsDeletionsAndSubstitutionsEachCountOne() {
        assertThat(DamerauLevenshtein.distance("jon", "john")).isEqualTo(1);
        assertThat(DamerauLevenshtein.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DamerauLevenshtein.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void withinStopsAtTheLimit() {
        assertThat(DamerauLevenshtein.within("catherine", "kathryn", 2)).isFalse();
        assertThat(DamerauLevenshtein.within("catherine", "kathryn", 4)).isTrue();
        assertThat(DamerauLevenshtein.within("a", "abcdef", 2)).isFalse();
    }

    @Test
    void nonLatinScriptsAndDigitsAreEditedLikeAnyOtherCharacters() {
        assertThat(DamerauLevenshtein.distance("мария", "марья")).isEqualTo(1);
        assertThat(DamerauLevenshtein.distance("1804974", "1804947")).isEqualTo(1);
    }

    @Test
    void theBandedCheckAgreesWithTheFullTableOnManyRandomPairs() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        DamerauLevenshtein.Scratch scratch = new DamerauLevenshtein.Scratch();
        for (int n = 0; n < 5000; n++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : mutate(random, a);
            int expected = fullTable(a, b);
            for (int k = 0; k <= 3; k++) {
                assertThat(DamerauLevenshtein.within(a.toCharArray(), b.toCharArray(), k, scratch))
                        .as("%s vs %s within %d", a, b, k).isEqualTo(expected <= k);
            }
        }
    }

    private static String randomWord(java.util.SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    private static String mutate(java.util.SplittableRandom random, String word) {
        StringBuilder out = new StringBuilder(word);
        for (int edits = random.nextInt(3); edits > 0 && out.length() > 1; edits--) {
            int i = random.nextInt(out.length() - 1);
            char c = out.charAt(i);
            out.setCharAt(i, out.charAt(i + 1));
            out.setCharAt(i + 1, c);
        }
        return out.toString();
    }

    /** Optimal string alignment distance by the textbook full table. */
    private static int fullTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void theCharacterSetBoundNeverExceedsTheDistance() {
        String[][] pairs = {{"smith", "smyth"}, {"abc", "xyz"}, {"anne", "ann"}, {"mohammed", "muhammad"}};
        for (String[] pair : pairs) {
            long a = Similarity.characterSet(pair[0].toCharArray());
            long b = Similarity.characterSet(pair[1].toCharArray());
            assertThat(Similarity.editsAtLeast(a, b)).isLessThanOrEqualTo(DamerauLevenshtein.distance(pair[0], pair[1]));
        }
    }
}
