package org.joinery.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodesTest {

    @Test
    void aUkPostcodeHasASectorAndADistrictWhateverItsSpacingAndCase() {
        assertThat(Postcodes.full("rm10 7aa")).isEqualTo("RM107AA");
        assertThat(Postcodes.sector(" RM10  7AA")).isEqualTo("RM10 7");
        assertThat(Postcodes.district("ig117aa")).isEqualTo("IG11");
        assertThat(Postcodes.district("RM6 4AA")).isEqualTo("RM6");
    }

    @Test
    void otherPostcodesAreTreatedAsAHierarchyOfCharacters() {
        assertThat(Postcodes.sector("4223")).isEqualTo("422");
        assertThat(Postcodes.district("4223")).isEqualTo("42");
    }

    @Test
    void missingPostcodesHaveNoParts() {
        assertThat(Postcodes.full(" ")).isNull();
        assertThat(Postcodes.sector(null)).isNull();
        assertThat(Postcodes.district("")).isNull();
    }

    @Test
    void aPostcodeWrittenAtTheEndOfAnAddressIsSplitFromIt() {
        assertThat(Postcodes.splitFromAddress("72 Wharf Crescent, Dagenham, RM10 9AP"))
                .containsExactly("72 Wharf Crescent, Dagenham", "RM10 9AP");
        assertThat(Postcodes.splitFromAddress("Flat 3, 9 Oak Road ig117aa")).containsExactly("Flat 3, 9 Oak Road", "ig117aa");
    }

    @Test
    void anAddressWithoutAPostcodeAtItsEndIsNotSplit() {
        assertThat(Postcodes.splitFromAddress("72 Wharf Crescent, Dagenham")).isNull();
        assertThat(Postcodes.splitFromAddress("RM10 9AP")).isNull();
        assertThat(Postcodes.splitFromAddress("RM10 9AP Wharf Crescent")).isNull();
    }

    @Test
    void onlyUkPostcodesAreUk() {
        assertThat(Postcodes.isUk("rm10 7aa")).isTrue();
        assertThat(Postcodes.isUk("4223")).isFalse();
        assertThat(Postcodes.isUk(null)).isFalse();
    }
}
