package org.joinery.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRefused;
import org.joinery.access.Actor;
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
}
