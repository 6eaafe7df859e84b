package org.joinery.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The gate's promises, with a real policy and a recorder that keeps decisions in a list. */
class AccessGateTest {

    private static final Actor OFFICER = new Actor(UUID.randomUUID(), "officer", UUID.randomUUID(), false,
            Set.of(Role.INFORMATION_GOVERNANCE_OFFICER));
    private static final AccessRule OFFICERS_READ_ACCOUNTS = AccessRule.forCategories(Set.of(DataCategory.STAFF_ACCOUNT),
            (request, facts) -> request.actor().has(Role.INFORMATION_GOVERNANCE_OFFICER) && request.action() == Action.READ
                    ? Optional.of(Decision.allow("test-officers-read", "Officers read accounts in this test."))
                    : Optional.empty());

    private final List<Decision> recorded = new ArrayList<>();

    private AccessGate gate(AccessRecorder recorder) {
        return new AccessGate(new RulePolicy(List.of(OFFICERS_READ_ACCOUNTS)), recorder);
    }

    private AccessGate gate() {
        return gate((request, decision) -> recorded.add(decision));
    }

    private static DataRef account() {
        return DataRef.subject(DataCategory.STAFF_ACCOUNT, "staff-1", null);
    }

    @Test
    void anAccessNoRuleAllowsIsRecordedAsDefaultDenyAndRefused() {
        Actor practitioner = new Actor(UUID.randomUUID(), "practitioner", UUID.randomUUID(), false, Set.of(Role.PRACTITIONER));
        assertThatThrownBy(() -> gate().authorise(practitioner, Action.READ, account(), Purpose.DIRECT_CARE))
                .isInstanceOfSatisfying(AccessRefused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo(Decision.DEFAULT_RULE);
                    assertThat(refused.reason()).isEqualTo("No rule allows this.");
                    assertThat(refused.request().actor()).isEqualTo(practitioner);
                });
        assertThat(recorded).singleElement().satisfies(decision -> {
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.rule()).isEqualTo("default-deny");
        });
    }

    @Test
    void anAllowedAccessIsRecordedBeforeTheGrantIsReturned() {
        List<String> events = new ArrayList<>();
        AccessGate gate = gate((request, decision) -> events.add("recorded " + decision.rule()));
        Grant grant = gate.authorise(OFFICER, Action.READ, account(), Purpose.ADMINISTRATION);
        events.add("granted");
        assertThat(events).containsExactly("recorded test-officers-read", "granted");
        assertThat(grant.decision().rule()).isEqualTo("test-officers-read");
        assertThat(grant.request().data()).isEqualTo(account());
    }

    @Test
    void whenTheDecisionCannotBeRecordedAccessIsRefused() {
        IllegalStateException databaseDown = new IllegalStateException("the audit table is unreachable");
        AccessGate gate = gate((request, decision) -> {
            throw databaseDown;
        });
        assertThatThrownBy(() -> gate.authorise(OFFICER, Action.READ, account(), Purpose.ADMINISTRATION))
                .isInstanceOfSatisfying(AccessRefused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo(AccessGate.UNRECORDED_RULE);
                    assertThat(refused.getCause()).isSameAs(databaseDown);
                });
    }

    @Test
    void decisionsAskedTogetherAreEachRecordedBeforeAnyGrantAndEachRefusalStandsAlone() {
        Actor practitioner = new Actor(UUID.randomUUID(), "practitioner", UUID.randomUUID(), false, Set.of(Role.PRACTITIONER));
        List<String> events = new ArrayList<>();
        AccessGate gate = gate((request, decision) -> events.add("recorded " + decision.rule()));
        List<Optional<Grant>> grants = gate.authoriseEach(List.of(
                new AccessRequest(OFFICER, Action.READ, account(), Purpose.ADMINISTRATION),
                new AccessRequest(practitioner, Action.READ, account(), Purpose.DIRECT_CARE),
                new AccessRequest(OFFICER, Action.WRITE, account(), Purpose.ADMINISTRATION)));
        events.add("granted");

        assertThat(events).containsExactly("recorded test-officers-read", "recorded default-deny", "recorded default-deny",
                "granted");
        assertThat(grants).hasSize(3);
        assertThat(grants.get(0)).hasValueSatisfying(grant -> assertThat(grant.request().actor()).isEqualTo(OFFICER));
        assertThat(grants.get(1)).isEmpty();
        assertThat(grants.get(2)).isEmpty();
    }

    @Test
    void whenDecisionsAskedTogetherCannotBeRecordedEveryOneIsRefused() {
        AccessGate gate = gate((request, decision) -> {
            throw new IllegalStateException("the audit table is unreachable");
        });
        assertThat(gate.authoriseEach(List.of(new AccessRequest(OFFICER, Action.READ, account(), Purpose.ADMINISTRATION),
                new AccessRequest(OFFICER, Action.READ, account(), Purpose.ADMINISTRATION)))).containsExactly(
                Optional.empty(), Optional.empty());
    }

    @Test
    void aGrantForOneCategoryCannotBeUsedForAnother() {
        Grant grant = gate().authorise(OFFICER, Action.READ, account(), Purpose.ADMINISTRATION);
        assertThat(grant.require(DataCategory.STAFF_ACCOUNT, Action.READ)).isSameAs(grant);
        assertThatThrownBy(() -> grant.require(DataCategory.STAFF_CREDENTIALS, Action.READ))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("STAFF_ACCOUNT").hasMessageContaining("STAFF_CREDENTIALS");
        assertThatThrownBy(() -> grant.require(DataCategory.AUDIT_LOG, Action.READ)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aGrantToReadCannotBeUsedToWrite() {
        Grant grant = gate().authorise(OFFICER, Action.READ, account(), Purpose.ADMINISTRATION);
        assertThatThrownBy(() -> grant.require(DataCategory.STAFF_ACCOUNT, Action.WRITE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("WRITE");
    }

    @Test
    void aGrantForOnePurposeCannotBeUsedForAnother() {
        Grant grant = gate().authorise(OFFICER, Action.READ, account(), Purpose.ADMINISTRATION);
        assertThat(grant.require(DataCategory.STAFF_ACCOUNT, Action.READ, Purpose.AUDIT_OVERSIGHT, Purpose.ADMINISTRATION))
                .isSameAs(grant);
        assertThatThrownBy(() -> grant.require(DataCategory.STAFF_ACCOUNT, Action.READ, Purpose.AUDIT_OVERSIGHT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADMINISTRATION");
    }

    @Test
    void aRefusingRuleWinsOverAnAllowingOne() {
        AccessRule sensitive = AccessRule.forCategories(Set.of(DataCategory.STAFF_ACCOUNT),
                (request, facts) -> Optional.of(Decision.refuse("test-sensitive", "Sensitive in this test.")));
        AccessGate gate = new AccessGate(new RulePolicy(List.of(OFFICERS_READ_ACCOUNTS, sensitive)),
                (request, decision) -> recorded.add(decision));
        assertThatThrownBy(() -> gate.authorise(OFFICER, Action.READ, account(), Purpose.ADMINISTRATION))
                .isInstanceOfSatisfying(AccessRefused.class, refused -> assertThat(refused.rule()).isEqualTo("test-sensitive"));
        assertThat(recorded).extracting(Decision::rule).containsExactly("test-sensitive");
    }
}
