package org.joinery.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRefused;
import org.joinery.access.AccessRequest;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Someone with full control of the database gets past the append-only trigger and changes the
 * log; the chain check names the entry. Each test spoils its database, so each gets a fresh one.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditTamperingTest {

    @Autowired
    AccessGate gate;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcClient jdbc;

    private final Actor officer = AuditFixtures.actor("ig.officer", UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);

    @BeforeEach
    void fiveEntries() {
        for (int i = 0; i < 5; i++) {
            AuditFixtures.allowed(gate, officer, "staff-" + i);
        }
    }

    @Test
    void anEntryChangedBehindTheTriggerIsNamedByTheCheck() {
        AuditFixtures.tamper(jdbc, "update audit_entry set subject_id = 'someone-else' where seq = 3");
        var result = chain.verify(officer);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.problemKey()).isEqualTo("audit.problem.changed");
    }

    @Test
    void aLastEntryDeletedBehindTheTriggerIsNamedByTheCheck() {
        AuditFixtures.tamper(jdbc, "delete from audit_entry where seq = 5");
        var result = chain.verify(officer);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(5);
    }

    @Test
    void whenTheAuditLogCannotBeWrittenTheGateRefusesEvenWhatARuleAllows() {
        jdbc.sql("delete from audit_head").update();
        assertThatThrownBy(() -> AuditFixtures.allowed(gate, officer, "staff-1"))
                .isInstanceOfSatisfying(AccessRefused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo(AccessGate.UNRECORDED_RULE);
                    assertThat(refused.getCause()).isNotNull();
                });
    }

    /** A search recorded as the gate records one, with two terms and two Joinery IDs shown; returns its entry number. */
    private long searchEntry() {
        var request = new AccessRequest(officer, Action.READ, DataRef.of(DataCategory.AUDIT_LOG, officer.organisationId()),
                Purpose.AUDIT_OVERSIGHT);
        gate.search(request, List.of("surname:" + "a".repeat(64), "date_of_birth:" + "b".repeat(64)), grant -> "result",
                result -> List.of("JA1B2C3D", "JE4F5G6H"));
        return jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
    }

    @Test
    void entriesWithAndWithoutSearchDetailsVerifyTogether() {
        long search = searchEntry();
        AuditFixtures.allowed(gate, officer, "staff-after");
        assertThat(jdbc.sql("select shown_joinery_ids from audit_entry where seq = ?").param(search).query(String.class)
                .single()).isEqualTo("JA1B2C3D,JE4F5G6H");
        assertThat(chain.verify(officer).intact()).isTrue();
    }

    @Test
    void aJoineryIdShownChangedBehindTheTriggerIsNamedByTheCheck() {
        long search = searchEntry();
        AuditFixtures.tamper(jdbc, "update audit_entry set shown_joinery_ids = 'JE4F5G6H' where seq = " + search);
        assertTheCheckSaysChanged(search);
    }

    @Test
    void aSearchTermsHashChangedBehindTheTriggerIsNamedByTheCheck() {
        long search = searchEntry();
        AuditFixtures.tamper(jdbc, "update audit_entry set search_terms = 'surname:" + "c".repeat(64) + "' where seq = " + search);
        assertTheCheckSaysChanged(search);
    }

    private void assertTheCheckSaysChanged(long seq) {
        var result = chain.verify(officer);
        assertThat(result.firstBrokenSeq()).isEqualTo(seq);
        assertThat(result.problemKey()).isEqualTo("audit.problem.changed");
    }

    @Test
    void searchDetailsErasedBehindTheTriggerAreNamedByTheCheck() {
        long search = searchEntry();
        AuditFixtures.tamper(jdbc, "update audit_entry set search_terms = null, shown_joinery_ids = null where seq = " + search);
        // Tampering twice: the fixture gets the trigger out of the way on both databases however often it is asked.
        AuditFixtures.tamper(jdbc, "update audit_entry set channel = null where seq = " + search);
        // Stripped of every detail, it reads as an entry older than V18, whose hash would not cover them: still named.
        assertTheCheckSaysChanged(search);
    }
}
