package org.joinery.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {

    private final Nicknames nicknames = Nicknames.standard();

    @Test
    void aNicknameIsRelatedToItsGivenName() {
        assertThat(nicknames.related("Robert", "Bob")).isTrue();
        assertThat(nicknames.related("Elizabeth", "Liz")).isTrue();
    }

    @Test
    void twoNicknamesOfOneNameAreRelated() {
        assertThat(nicknames.related("Bob", "Bobby")).isTrue();
    }

    @Test
    void unrelatedNamesUnknownNamesAndMissingNamesAreNotRelated() {
        assertThat(nicknames.related("Robert", "Elizabeth")).isFalse();
        assertThat(nicknames.related("Qwertyuiop", "Qwerty")).isFalse();
        assertThat(nicknames.related(null, "Bob")).isFalse();
        assertThat(nicknames.related("", "")).isFalse();
    }

    @Test
    void caseAndApostrophesDoNotMatter() {
        assertThat(nicknames.related("WILLIAM", "bi'll")).isTrue();
    }
}
