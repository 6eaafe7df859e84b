package org.joinery.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HouseNumbersTest {

    private static boolean agree(String a, String b) {
        return HouseNumbers.agree(a.toCharArray(), b.toCharArray());
    }

    @Test
    void theSameFlatAndHouseNumbersAgreeHoweverTheStreetIsWritten() {
        assertThat(agree("flat 2, 182 garden close", "flat2 182 gardn cl")).isTrue();
        assertThat(agree("46 chestnut street", "46 chestnut st dagenham")).isTrue();
    }

    @Test
    void neighboursAndOtherFlatsDoNotAgree() {
        assertThat(agree("46 chestnut street", "48 chestnut street")).isFalse();
        assertThat(agree("flat 2, 182 garden close", "182 garden close")).isFalse();
        assertThat(agree("flat 2, 182 garden close", "flat 21, 82 garden close")).isFalse();
        assertThat(agree("4 oak road", "46 oak road")).isFalse();
    }

    @Test
    void addressesWithoutNumbersNeverAgree() {
        assertThat(agree("rose cottage", "rose cottage")).isFalse();
        assertThat(agree("", "")).isFalse();
    }
}
