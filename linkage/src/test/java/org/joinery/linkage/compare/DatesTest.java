package org.joinery.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void dayAndMonthSwappedInTheSameYearIsRecognised() {
        assertThat(Dates.dayMonthSwapped(19800307, 19800703)).isTrue();
        assertThat(Dates.dayMonthSwapped(19800307, 19810703)).isFalse();
        assertThat(Dates.dayMonthSwapped(19800303, 19800303)).isFalse();
    }

    @Test
    void oneDigitOffMeansExactlyOneOfTheEightDigitsDiffers() {
        assertThat(Dates.oneDigitOff(19800307, 19800308)).isTrue();
        assertThat(Dates.oneDigitOff(19800307, 19900307)).isTrue();
        assertThat(Dates.oneDigitOff(19800307, 19800370)).isFalse();
        assertThat(Dates.oneDigitOff(19800307, 19800307)).isFalse();
    }

    @Test
    void isoDatesBecomeIntegersAndMissingDatesZero() {
        assertThat(Dates.fromIso("1980-03-07")).isEqualTo(19800307);
        assertThat(Dates.fromIso(null)).isZero();
        assertThat(Dates.epochDay(19700102)).isEqualTo(1);
    }
}
