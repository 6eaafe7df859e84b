package org.joinery.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    private static SideBySide.Column column(String key, String surname) {
        String[] fields = new String[12];
        fields[1] = surname;
        return new SideBySide.Column("Org", "Source", key, fields);
    }

    private static List<Boolean> differs(SideBySide sideBySide) {
        return sideBySide.rows().get(0).cells().stream().map(SideBySide.Cell::differs).toList();
    }

    @Test
    void theValueMostRecordsHoldStandsAndTheOthersDiffer() {
        assertThat(differs(SideBySide.of(List.of(column("1", "Smith"), column("2", " SMITH "), column("3", "Smyth")))))
                .containsExactly(false, false, true);
    }

    @Test
    void whenNoValueLeadsEveryHeldValueDiffersButAMissingOneDoesNot() {
        assertThat(differs(SideBySide.of(List.of(column("1", "Smith"), column("2", "Smyth"), column("3", null)))))
                .containsExactly(true, true, false);
    }

    @Test
    void caseAndSpacingAreNotDisagreements() {
        SideBySide sideBySide = SideBySide.of(List.of(column("1", "Mary  Ann"), column("2", "mary ann")));
        assertThat(sideBySide.rows().get(0).disagrees()).isFalse();
        assertThat(differs(sideBySide)).containsExactly(false, false);
    }

    @Test
    void fieldsNoRecordHoldsAreLeftOut() {
        assertThat(SideBySide.of(List.of(column("1", "Smith"))).rows()).extracting(SideBySide.Row::field).containsExactly("surname");
    }
}
