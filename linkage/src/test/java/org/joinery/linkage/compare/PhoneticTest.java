package org.joinery.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneticTest {

    private static String key(String name) {
        return Phonetic.key(Normaliser.compact(name));
    }

    @Test
    void namesThatSoundAlikeShareAKey() {
        assertThat(key("Catherine")).isEqualTo(key("Katherine"));
        assertThat(key("Stephen")).isEqualTo(key("Steven"));
        assertThat(key("Smith")).isEqualTo(key("Smyth"));
        assertThat(key("Philips")).isEqualTo(key("Phillips"));
        assertThat(key("Knight")).isEqualTo(key("Night"));
    }

    @Test
    void namesThatSoundDifferentDoNot() {
        assertThat(key("Smith")).isNotEqualTo(key("Jones"));
        assertThat(key("Mark")).isNotEqualTo(key("Martin"));
    }

    @Test
    void apostrophesAndHyphensDoNotChangeTheKey() {
        assertThat(key("O'Neil")).isEqualTo(key("Oneil"));
        assertThat(key("Smith-Jones")).isEqualTo(key("Smith Jones"));
    }

    @Test
    void namesInOtherScriptsAreTheirOwnKeyAndNullStaysNull() {
        assertThat(key("Олег")).isEqualTo("олег");
        assertThat(Phonetic.key(null)).isNull();
    }
}
