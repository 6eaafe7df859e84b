package org.joinery.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.joinery.access.AccessGate;
import org.joinery.access.AccessRefused;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit module with the modules it stands on: a decision of the gate is appended to the chain
 * and the chain's head moves to it.
 */
@Tag("integration")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ContextConfiguration(initializers = TestDatabase.class)
class AuditModuleTests {

    @Autowired
    AccessGate gate;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDecisionOfTheGateIsAppendedToTheAuditLogAndTheChainStillVerifies(Scenario scenario) {
        Actor actor = Actor.system("audit module test");
        scenario.stimulate(() -> catchThrowableOfType(AccessRefused.class, () -> gate.authorise(actor, Action.WRITE,
                        DataRef.of(DataCategory.LINKAGE, null), Purpose.RECORD_LINKAGE)))
                .andWaitForStateChange(() -> jdbc.queryForObject("select count(*) from audit_entry where actor_username = ?",
                        Long.class, actor.username()), entries -> entries > 0)
                .andVerify((entries, refused) -> {
                    assertThat(jdbc.queryForObject("select last_hash from audit_head", String.class)).isEqualTo(jdbc.queryForObject(
                            "select hash from audit_entry order by seq desc limit 1", String.class));
                });
    }
}
