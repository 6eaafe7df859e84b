package org.joinery.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormaliserTest {

    @Test
    void accentsCaseApostrophesAndHyphensAreRemoved() {
        assertThat(Normaliser.compact("Ó'Brién-Ñúñez")).isEqualTo("obriennunez");
        assertThat(Normaliser.compact("D’Arcy")).isEqualTo("darcy");
        assertThat(Normaliser.compact("Weiß")).isEqualTo("weiss");
    }

    @Test
    void otherScriptsAreKeptAndLowerCased() {
        assertThat(Normaliser.compact("АЛЕКСАНДР")).isEqualTo("александр");
        assertThat(Normaliser.compact("محمد")).isEqualTo("محمد");
    }

    @Test
    void emptyBlankAndNullBecomeNull() {
        assertThat(Normaliser.compact(null)).isNull();
        assertThat(Normaliser.compact("")).isNull();
        assertThat(Normaliser.compact(" - ' ")).isNull();
    }

    @Test
    void addressesKeepOneSpaceBetweenWords() {
        assertThat(Normaliser.words("  Flat 3,  12  High-Street ")).isEqualTo("flat 3 12 high street");
    }
}
