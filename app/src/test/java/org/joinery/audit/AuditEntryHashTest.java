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
}
