package org.joinery.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    @Test
    void textbookPairsScoreAsPublished() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
        assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.84, within(1e-4));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.8133, within(1e-4));
    }

    @Test
    void identicalNamesScoreOneAndNamesWithNothingInCommonScoreZero() {
        assertThat(JaroWinkler.similarity("smith", "smith")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("abc", "xyz")).isEqualTo(0.0);
    }

    @Test
    void emptyValuesOnlyMatchEmptyValues() {
        assertThat(JaroWinkler.similarity("", "")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("", "smith")).isEqualTo(0.0);
    }

    @Test
    void namesInOtherScriptsAreComparedCharacterByCharacter() {
        assertThat(JaroWinkler.similarity("александр", "александра")).isGreaterThan(0.95);
        assertThat(JaroWinkler.similarity("王秀英", "王秀英")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("王秀英", "李娜")).isEqualTo(0.0);
    }

    @Test
    void normalisedAccentsApostrophesAndHyphensCompareAsEqual() {
        assertThat(JaroWinkler.similarity(Normaliser.compact("O'Brien"), Normaliser.compact("OBRIEN"))).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity(Normaliser.compact("Zoë Smith-Jones"), Normaliser.compact("zoe smithjones")))
                .isEqualTo(1.0);
    }

    @Test
    void longAddressesGiveTheSameResultAsTheGeneralAlgorithmAndAreSymmetric() {
        String a = "flat 12 the old brewery buildings 145 longbridge road barking essex";
        String b = "flat 21 the old brewery building 145 long bridge road barking essex uk";
        assertThat(a.length()).isGreaterThan(64);
        double forward = JaroWinkler.similarity(a, b);
        assertThat(forward).isBetween(0.8, 1.0);
        assertThat(JaroWinkler.similarity(b, a)).isCloseTo(forward, within(1e-12));
    }

    @Test
    void theBoundNeverFallsBelowTheSimilarity() {
        String[][] pairs = {{"jonathan", "johnathon"}, {"aaaa", "aaab"}, {"smith", "smyth"}, {"abcdef", "fedcba"},
                {"lee", "leigh"}, {"anne", "annie"}};
        for (String[] pair : pairs) {
            char[] a = pair[0].toCharArray();
            char[] b = pair[1].toCharArray();
            assertThat(Similarity.jaroWinklerAtMost(a.length, Similarity.characterSet(a), b.length, Similarity.characterSet(b)))
                    .isGreaterThanOrEqualTo(JaroWinkler.similarity(a, b));
        }
    }
}
