package org.joinery.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two different entries never hash alike, however their fields are filled. */
class AuditEntryHashTest {

    private static final Instant NINE_O_CLOCK = Instant.parse("2026-11-26T09:00:00Z");
    private static final UUID USER = UUID.fromString("00000000-0000-4000-8000-000000000001");

    private static AuditEntry entry(Instant when, String subjectId, String rule, String reason) {
        return new AuditEntry(7, when, USER, "ig.officer", null, "READ", "AUDIT_LOG", subjectId, null, null,
                "AUDIT_OVERSIGHT", true, rule, reason, AuditEntry.GENESIS, null);
    }

    @Test
    void anAbsentSubjectAndASubjectCalledNullHashDifferently() {
        AuditEntry absent = entry(NINE_O_CLOCK, null, "rule", "reason");
        AuditEntry calledNull = entry(NINE_O_CLOCK, "null", "rule", "reason");
        assertThat(absent.expectedHash()).isNotEqualTo(calledNull.expectedHash());
    }

    @Test
    void aFieldContainingTheOldSeparatorCannotPassForTwoFields() {
        AuditEntry first = entry(NINE_O_CLOCK, "s", "ig\u001fcheck", "why");
        AuditEntry second = entry(NINE_O_CLOCK, "s", "ig", "check\u001fwhy");
        assertThat(first.expectedHash()).isNotEqualTo(second.expectedHash());
    }

    @Test
    void fiftyMillisecondsAndFiveMicrosecondsPastTheSecondHashDifferentlyAndReadAsThemselves() {
        AuditEntry fiftyMillis = entry(NINE_O_CLOCK.plusNanos(50_000_000), "s", "rule", "reason");
        AuditEntry fiveMicros = entry(NINE_O_CLOCK.plusNanos(5_000), "s", "rule", "reason");
        assertThat(fiftyMillis.expectedHash()).isNotEqualTo(fiveMicros.expectedHash());
        long seconds = NINE_O_CLOCK.getEpochSecond();
        assertThat(fiftyMillis.canonical()).contains("17:" + seconds + ".050000");
        assertThat(fiveMicros.canonical()).contains("17:" + seconds + ".000005");
    }

    @Test
    void theCanonicalFormLengthPrefixesEveryFieldAndMarksAbsentOnes() {
        AuditEntry entry = entry(NINE_O_CLOCK, "s-1", "rule", "a:b");
        assertThat(entry.canonical()).isEqualTo("1:7" + "17:" + NINE_O_CLOCK.getEpochSecond() + ".000000"
                + "36:" + USER + "10:ig.officer" + "~" + "4:READ" + "9:AUDIT_LOG" + "3:s-1" + "~" + "~"
                + "15:AUDIT_OVERSIGHT" + "4:true" + "4:rule" + "3:a:b" + "64:" + AuditEntry.GENESIS);
    }

    private static final String TERMS = "surname:" + "a".repeat(64) + " date_of_birth:" + "b".repeat(64);

    private static AuditEntry search(String channel, String terms, String shown) {
        return new AuditEntry(7, NINE_O_CLOCK, USER, "h.worker", null, "READ", "RESIDENT_SEARCH", null, null, null,
                "DIRECT_CARE", true, "rule", "reason", AuditEntry.GENESIS, null, channel, terms, shown);
    }

    @Test
    void anEntryWithoutTheDetailsOfV18HashesExactlyAsEntriesWrittenBeforeIt() {
        AuditEntry before = entry(NINE_O_CLOCK, "s-1", "rule", "a:b");
        AuditEntry after = new AuditEntry(7, NINE_O_CLOCK, USER, "ig.officer", null, "READ", "AUDIT_LOG", "s-1", null,
                null, "AUDIT_OVERSIGHT", true, "rule", "a:b", AuditEntry.GENESIS, null, null, null, null);
        assertThat(after.canonical()).isEqualTo(before.canonical());
        assertThat(after.expectedHash()).isEqualTo(before.expectedHash());
    }

    @Test
    void theDetailsFollowThePreviousHashLengthPrefixedWhenAnyIsPresent() {
        AuditEntry entry = search("PAGE", TERMS, "JA1,JB2");
        String withoutDetails = search(null, null, null).canonical();
        assertThat(entry.canonical()).isEqualTo(withoutDetails + "4:PAGE" + TERMS.length() + ":" + TERMS + "7:JA1,JB2");
        assertThat(search("CSV", null, null).canonical()).isEqualTo(withoutDetails + "3:CSV~~");
    }

    @Test
    void changingOrRemovingAnyDetailChangesTheHash() {
        String hash = search("PAGE", TERMS, "JA1,JB2").expectedHash();
        assertThat(search("PAGE", TERMS, "JA1,JB3").expectedHash()).isNotEqualTo(hash);
        assertThat(search("PAGE", TERMS, "JB2,JA1").expectedHash()).as("the order shown").isNotEqualTo(hash);
        assertThat(search("PAGE", TERMS.replace('a', 'c'), "JA1,JB2").expectedHash()).isNotEqualTo(hash);
        assertThat(search("CSV", TERMS, "JA1,JB2").expectedHash()).isNotEqualTo(hash);
        assertThat(search(null, TERMS, "JA1,JB2").expectedHash()).isNotEqualTo(hash);
        assertThat(search(null, null, null).expectedHash()).as("every detail removed").isNotEqualTo(hash);
    }

    @Test
    void aSearchThatShowedNobodyAndAnEntryThatIsNoSearchHashDifferently() {
        assertThat(search("PAGE", TERMS, "").expectedHash()).isNotEqualTo(search("PAGE", TERMS, null).expectedHash());
    }

    @Test
    void detailsCannotPassForEachOther() {
        assertThat(search("PAGE", "JA1", null).expectedHash()).isNotEqualTo(search("PAGE", null, "JA1").expectedHash());
    }
}
