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
    void everyLengthAgreesWithTheTextbookAlgorithm() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int n = 0; n < 3000; n++) {
            String a = word(random, 1 + random.nextInt(70));
            String b = random.nextBoolean() ? word(random, 1 + random.nextInt(70)) : a.substring(0, a.length() / 2) + "xy"
                    + a.substring(a.length() / 2);
            assertThat(JaroWinkler.similarity(a, b)).as("%s vs %s", a, b).isCloseTo(textbook(a, b), within(1e-12));
        }
    }

    private static String word(java.util.SplittableRandom random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(6)));
        }
        return word.toString();
    }

    private static double textbook(String a, String b) {
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j <= Math.min(b.length() - 1, i + window); j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
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
