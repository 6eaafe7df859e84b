package org.joinery.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoineryIdTest {

    @Test
    void aNewIdIsTwoGroupsOfFourCrockfordCharactersAndACheckCharacter() {
        String id = JoineryId.next(new Random(1));

        assertThat(id).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]");
        assertThat(JoineryId.isValid(id)).isTrue();
    }

    @Test
    void anIdReadOutOrTypedCarelesslyIsStillFoundInLowerCaseWithoutHyphensAndWithOForZeroOrLForOne() {
        String id = "0000-1111-" + JoineryId.check("00001111");

        assertThat(JoineryId.parse("oooo llii " + id.charAt(10))).contains(id);
        assertThat(JoineryId.parse(id.toLowerCase().replace("-", ""))).contains(id);
    }

    @Test
    void everyMistypedCharacterAndEverySwapOfTwoDifferentNeighboursIsRefused() {
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            String compact = JoineryId.next(random).replace("-", "");
            for (int i = 0; i < compact.length(); i++) {
                for (char c : JoineryId.ALPHABET.toCharArray()) {
                    if (c != compact.charAt(i)) {
                        String typo = compact.substring(0, i) + c + compact.substring(i + 1);
                        assertThat(JoineryId.isValid(typo)).as(typo).isFalse();
                    }
                }
            }
            for (int i = 0; i + 1 < compact.length(); i++) {
                if (compact.charAt(i) != compact.charAt(i + 1)) {
                    String swapped = compact.substring(0, i) + compact.charAt(i + 1) + compact.charAt(i) + compact.substring(i + 2);
                    assertThat(JoineryId.isValid(swapped)).as(swapped).isFalse();
                }
            }
        }
    }

    @Test
    void anythingButNineSymbolsOfTheAlphabetIsNotAnId() {
        assertThat(JoineryId.parse("ABCD-EFGH")).isEmpty();
        assertThat(JoineryId.parse("ABCD-EFGH-JK")).isEmpty();
        assertThat(JoineryId.parse("ABCD-EFGH-U")).isEmpty();
        assertThat(JoineryId.parse(null)).isEmpty();
    }

    @Test
    void aHundredThousandNewIdsAreAllDifferent() {
        Set<String> ids = new HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            ids.add(JoineryId.next(random));
        }
        assertThat(ids).hasSize(100_000);
    }
}
