package org.joinery.residents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.joinery.index.PersonEvent;
import org.joinery.residents.PersonPage;
import org.junit.jupiter.api.Test;

/** Which history entries, and which reasons, a reader sees: records 1 and 2 visible, 3 another's, 4 a refuge's. */
class HistoryForReaderTest {

    private static final UUID HOUSING = UUID.randomUUID();
    private static final UUID PROBATION = UUID.randomUUID();
    private static final UUID REFUGE = UUID.randomUUID();
    private static final Map<Long, UUID> SOURCES = Map.of(1L, HOUSING, 2L, HOUSING, 3L, PROBATION, 4L, REFUGE);

    private static PersonEvent event(String reason, List<Long> about) {
        return new PersonEvent("RECORD_ADDED", null, reason, Instant.parse("2026-05-01T10:00:00Z"), about);
    }

    private static List<PersonPage.HistoryEntry> read(PersonEvent... events) {
        return HistoryForReader.of(List.of(events), Set.of(1L, 2L), List.of(1L, 2L, 3L), SOURCES, Set.of(REFUGE));
    }

    @Test
    void anEntryAboutOnlyVisibleRecordsIsShownWithItsReason() {
        assertThat(read(event("housing:H2 matches housing:H1", List.of(1L, 2L)), event("Retired", List.of())))
                .extracting(PersonPage.HistoryEntry::reason).containsExactly("housing:H2 matches housing:H1", "Retired");
    }

    @Test
    void anEntryAboutAnotherOrganisationsRecordIsShownWithoutItsReason() {
        assertThat(read(event("probation:P1 matches housing:H1", List.of(1L, 3L))))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.kind()).isEqualTo("RECORD_ADDED");
                    assertThat(entry.reason()).isNull();
                });
    }

    @Test
    void anEntryAboutARefugesRecordIsNotShownAtAll() {
        assertThat(read(event("refuge:R1 matches housing:H1", List.of(1L, 4L)))).isEmpty();
    }

    @Test
    void anEntryAboutARecordWhoseSourceIsNotKnownIsNotShownAtAll() {
        assertThat(read(event("record 99 was withdrawn", List.of(99L)))).isEmpty();
    }

    @Test
    void anEntryFromBeforeRecordsWereKeptIsShownWithoutItsReasonUnlessAHiddenSourceHoldsARecordOfThePerson() {
        PersonEvent old = event("New person from 3 records", null);

        assertThat(read(old)).singleElement().extracting(PersonPage.HistoryEntry::reason).isNull();
        assertThat(HistoryForReader.of(List.of(old), Set.of(1L), List.of(1L, 4L), SOURCES, Set.of(REFUGE))).isEmpty();
    }
}
