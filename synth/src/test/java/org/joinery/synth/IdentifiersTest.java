package org.joinery.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void theModulus11CheckDigitMatchesTheNhsWorkedExample() {
        // 943 476 5919 is the NHS Data Dictionary's example of a valid NHS number.
        assertThat(Identifiers.validNhsNumber("9434765919")).isTrue();
        assertThat(Identifiers.validNhsNumber("9434765918")).isFalse();
        assertThat(Identifiers.nhsCheckDigit("943476591")).isEqualTo(9);
    }

    @Test
    void everyNhsNumberIsInThe999TestRangeWithAValidCheckDigit() {
        int issued = 0;
        for (int resident = 0; resident < 200_000; resident++) {
            String number = Identifiers.nhsNumber(resident);
            if (number != null) {
                issued++;
                assertThat(number).startsWith("999");
                assertThat(Identifiers.validNhsNumber(number)).as(number).isTrue();
            }
        }
        // One body in eleven has no valid check digit; those residents get no number.
        assertThat(issued).isBetween(180_000, 183_000);
    }

    @Test
    void nationalInsuranceNumbersUseOnlyPrefixesThatAreNeverIssued() {
        SplitRandom random = new SplitRandom(1);
        for (int resident = 0; resident < 10_000; resident++) {
            String number = Identifiers.niNumber(resident, random);
            assertThat(number).matches("[A-Z]{2}\\d{6}[A-D]");
            assertThat(List.of(Identifiers.NEVER_ISSUED_NI_PREFIXES)).contains(number.substring(0, 2));
        }
    }

    @Test
    void telephoneNumbersAndEmailsAreInRangesReservedForFiction() {
        SplitRandom random = new SplitRandom(2);
        for (int i = 0; i < 1_000; i++) {
            assertThat(Identifiers.phone(random)).matches("07700 900\\d{3}|020 7946 0\\d{3}");
            assertThat(Identifiers.email("Zoë", "O'Brien-Smith", random)).matches("[a-z0-9.]+@example\\.(com|org|net)");
        }
    }
}
