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
    void theCharacterSetBoundNeverExceedsTheDistance() {
        String[][] pairs = {{"smith", "smyth"}, {"abc", "xyz"}, {"anne", "ann"}, {"mohammed", "muhammad"}};
        for (String[] pair : pairs) {
            long a = Similarity.characterSet(pair[0].toCharArray());
            long b = Similarity.characterSet(pair[1].toCharArray());
            assertThat(Similarity.editsAtLeast(a, b)).isLessThanOrEqualTo(DamerauLevenshtein.distance(pair[0], pair[1]));
        }
    }
}
