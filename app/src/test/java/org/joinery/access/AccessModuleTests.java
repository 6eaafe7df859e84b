package org.joinery.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.joinery.testing.RecordedDecisions;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The access module alone, with none of the rules other modules bring: the gate refuses what no rule allows, by the
 * rule default-deny, and records the refusal before it throws.
 */
@Tag("integration")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false,
        extraIncludes = "platform")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(RecordedDecisions.class)
class AccessModuleTests {

    @Autowired
    AccessGate gate;
    @Autowired
    RecordedDecisions.Log decisions;

    @Test
    void aRequestNoRuleAllowsIsRefusedByDefaultAndTheRefusalIsRecorded(Scenario scenario) {
        scenario.stimulate(() -> catchThrowableOfType(AccessRefused.class, () -> gate.authorise(Actor.system("module test"),
                        Action.READ, DataRef.of(DataCategory.LINKAGE, null), Purpose.RECORD_LINKAGE)))
                .andWaitForStateChange(() -> decisions.decisions().size(), recorded -> recorded > 0)
                .andVerify((recorded, refused) -> {
                    assertThat(refused).isNotNull();
                    assertThat(decisions.decisions()).last().satisfies(decision -> {
                        assertThat(decision.allowed()).isFalse();
                        assertThat(decision.rule()).isEqualTo("default-deny");
                    });
                });
    }
}
