package org.joinery.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.joinery.audit.AuditEntry;
import org.joinery.audit.ChainVerification;
import org.junit.jupiter.api.Test;

/** How the chain check reads each way an audit log can be changed behind Joinery's back. */
class ChainCheckTest {

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditEntry.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditEntry entry = entry(seq, "reason " + seq, prev);
            entries.add(entry);
            prev = entry.hash();
        }
        return entries;
    }

    private static AuditEntry entry(long seq, String reason, String prevHash) {
        AuditEntry unhashed = new AuditEntry(seq, Instant.parse("2026-11-26T09:00:00Z").plusSeconds(seq), UUID.randomUUID(),
                "officer" + seq, UUID.randomUUID(), "READ", "AUDIT_LOG", "subject-" + seq, null, null, "AUDIT_OVERSIGHT",
                seq % 2 == 0, "rule", reason, prevHash, null);
        return unhashed.withHash(unhashed.expectedHash());
    }

    private static ChainVerification check(List<AuditEntry> entries, ChainHead head) {
        ChainCheck check = new ChainCheck();
        entries.forEach(check::next);
        return check.against(head);
    }

    private static ChainHead headOf(List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        return new ChainHead(last.seq(), last.hash());
    }

    private static AuditEntry withReason(AuditEntry e, String reason) {
        return new AuditEntry(e.seq(), e.occurredAt(), e.actorUserId(), e.actorUsername(), e.actorOrganisationId(),
                e.action(), e.category(), e.subjectId(), e.recordId(), e.dataOrganisationId(), e.purpose(), e.allowed(),
                e.rule(), reason, e.prevHash(), e.hash());
    }

    @Test
    void anUntouchedChainIsIntactAndEndsWithItsLastHash() {
        var entries = chain(5);
        var result = check(entries, headOf(entries));
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
        assertThat(result.lastSeq()).isEqualTo(5);
        assertThat(result.lastHash()).isEqualTo(entries.get(4).hash());
    }

    @Test
    void anEmptyLogWhoseHeadIsAtTheStartIsIntact() {
        assertThat(check(List.of(), new ChainHead(0, AuditEntry.GENESIS)).intact()).isTrue();
    }

    @Test
    void aChangedMiddleEntryIsReportedAsThatEntry() {
        var entries = chain(5);
        entries.set(2, withReason(entries.get(2), "nothing to see"));
        var result = check(entries, headOf(entries));
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.problemKey()).isEqualTo("audit.problem.changed");
        assertThat(result.lastSeq()).isEqualTo(2);
    }

    @Test
    void aChangedEntryWhoseHashWasRecomputedBreaksTheLinkFromTheNextEntry() {
        var entries = chain(5);
        AuditEntry forged = withReason(entries.get(2), "nothing to see");
        entries.set(2, forged.withHash(forged.expectedHash()));
        var result = check(entries, headOf(entries));
        assertThat(result.firstBrokenSeq()).isEqualTo(4);
        assertThat(result.problemKey()).isEqualTo("audit.problem.unlinked");
        assertThat(result.problemArguments()).containsExactly(4L, 3L);
    }

    @Test
    void aDeletedMiddleEntryIsReportedAsMissing() {
        var entries = chain(5);
        entries.remove(1);
        var result = check(entries, headOf(entries));
        assertThat(result.firstBrokenSeq()).isEqualTo(2);
        assertThat(result.problemKey()).isEqualTo("audit.problem.missing");
        assertThat(result.problemArguments()).containsExactly(2L, 3L);
    }

    @Test
    void aDeletedFirstEntryIsReportedAsMissing() {
        var entries = chain(3);
        entries.remove(0);
        assertThat(check(entries, headOf(entries)).firstBrokenSeq()).isEqualTo(1);
    }

    @Test
    void aDeletedLastEntryIsCaughtByTheRecordedEnd() {
        var entries = chain(5);
        ChainHead head = headOf(entries);
        entries.remove(4);
        var result = check(entries, head);
        assertThat(result.firstBrokenSeq()).isEqualTo(5);
        assertThat(result.problemKey()).isEqualTo("audit.problem.truncated");
    }

    @Test
    void reorderedEntriesAreReported() {
        var entries = chain(5);
        Collections.swap(entries, 1, 3);
        var result = check(entries, headOf(chain(5)));
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void entriesRenumberedToSwapPlacesAreReportedAsChanged() {
        var entries = chain(5);
        AuditEntry second = entries.get(1);
        AuditEntry fourth = entries.get(3);
        entries.set(1, renumber(fourth, 2));
        entries.set(3, renumber(second, 4));
        var result = check(entries, headOf(chain(5)));
        assertThat(result.firstBrokenSeq()).isEqualTo(2);
        assertThat(result.intact()).isFalse();
    }

    private static AuditEntry renumber(AuditEntry e, long seq) {
        return new AuditEntry(seq, e.occurredAt(), e.actorUserId(), e.actorUsername(), e.actorOrganisationId(),
                e.action(), e.category(), e.subjectId(), e.recordId(), e.dataOrganisationId(), e.purpose(), e.allowed(),
                e.rule(), e.reason(), e.prevHash(), e.hash());
    }

    @Test
    void anEntryAddedBeyondTheRecordedEndIsReported() {
        var entries = chain(5);
        ChainHead head = new ChainHead(4, entries.get(3).hash());
        var result = check(entries, head);
        assertThat(result.firstBrokenSeq()).isEqualTo(5);
        assertThat(result.problemKey()).isEqualTo("audit.problem.beyondEnd");
    }

    @Test
    void aLastEntryReplacedWithAConsistentForgeryIsCaughtByTheRecordedEndsHash() {
        var entries = chain(5);
        ChainHead head = headOf(entries);
        AuditEntry forged = withReason(entries.get(4), "nothing to see");
        entries.set(4, forged.withHash(forged.expectedHash()));
        var result = check(entries, head);
        assertThat(result.firstBrokenSeq()).isEqualTo(5);
        assertThat(result.problemKey()).isEqualTo("audit.problem.endChanged");
    }

    @Test
    void entriesAppendedWhileTheCheckRanAreNotReportedAsTampering() {
        var entries = chain(5);
        ChainHead before = new ChainHead(3, entries.get(2).hash());
        ChainHead after = new ChainHead(7, "hash of an entry appended after the walk");
        assertThat(check(entries, before, after).intact()).isTrue();
    }

    @Test
    void anEntryTheEndDoesNotCoverEvenAfterTheWalkIsReported() {
        var entries = chain(5);
        ChainHead end = new ChainHead(3, entries.get(2).hash());
        var result = check(entries, end, end);
        assertThat(result.firstBrokenSeq()).isEqualTo(4);
        assertThat(result.problemKey()).isEqualTo("audit.problem.beyondEnd");
    }

    private static ChainVerification check(List<AuditEntry> entries, ChainHead before, ChainHead after) {
        ChainCheck check = new ChainCheck();
        entries.forEach(check::next);
        return check.against(before, after);
    }
}
