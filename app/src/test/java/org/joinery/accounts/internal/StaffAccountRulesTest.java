package org.joinery.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.joinery.access.AccessRequest;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.access.TestPolicies;
import org.joinery.accounts.Provisioning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may touch staff accounts and credentials, as a table: one row per case. */
class StaffAccountRulesTest {

    static final UUID OWN = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();
    static final UUID HOST = UUID.randomUUID();

    static final Actor ADMIN = user(OWN, false, Role.ADMINISTRATOR);
    static final Actor HOST_ADMIN = user(HOST, true, Role.ADMINISTRATOR);
    static final Actor HOST_PRACTITIONER = user(HOST, true, Role.PRACTITIONER);
    static final Actor MANAGER = user(OWN, false, Role.TEAM_MANAGER, Role.PRACTITIONER);
    static final Actor IG_OFFICER = user(OWN, false, Role.INFORMATION_GOVERNANCE_OFFICER);

    static Stream<Arguments> cases() {
        return Stream.of(
                // actor, action, data, purpose, expected rule (null = default refusal)
                row(ADMIN, Action.READ, account(OWN), Purpose.ADMINISTRATION, "staff-administration"),
                row(ADMIN, Action.WRITE, account(OWN), Purpose.ADMINISTRATION, "staff-administration"),
                row(ADMIN, Action.READ, account(OTHER), Purpose.ADMINISTRATION, null),
                row(ADMIN, Action.WRITE, account(OTHER), Purpose.ADMINISTRATION, null),
                row(ADMIN, Action.READ, account(null), Purpose.ADMINISTRATION, null),
                row(ADMIN, Action.READ, account(OWN), Purpose.DIRECT_CARE, null),
                row(HOST_ADMIN, Action.READ, account(OTHER), Purpose.ADMINISTRATION, "host-staff-administration"),
                row(HOST_ADMIN, Action.WRITE, account(OTHER), Purpose.ADMINISTRATION, "host-staff-administration"),
                row(HOST_ADMIN, Action.READ, account(null), Purpose.ADMINISTRATION, "host-staff-administration"),
                row(HOST_PRACTITIONER, Action.READ, account(HOST), Purpose.ADMINISTRATION, null),
                row(MANAGER, Action.READ, account(OWN), Purpose.ADMINISTRATION, null),
                row(IG_OFFICER, Action.READ, account(OWN), Purpose.ADMINISTRATION, null),
                row(Provisioning.Process.DEMO_SEED.actor(), Action.WRITE, account(OTHER), Purpose.ADMINISTRATION, "provisioning"),
                row(Provisioning.Process.FIRST_ADMINISTRATOR.actor(), Action.WRITE, account(HOST), Purpose.ADMINISTRATION, "provisioning"),
                row(Provisioning.Process.DEMO_SEED.actor(), Action.WRITE, account(OTHER), Purpose.AUTHENTICATION, null),
                row(Actor.system("something-else"), Action.WRITE, account(OTHER), Purpose.ADMINISTRATION, null),
                row(StaffUserDetailsService.SIGN_IN, Action.WRITE, account(OTHER), Purpose.ADMINISTRATION, null),
                row(StaffUserDetailsService.SIGN_IN, Action.READ, credentials(), Purpose.AUTHENTICATION, "sign-in"),
                row(StaffUserDetailsService.SIGN_IN, Action.WRITE, credentials(), Purpose.AUTHENTICATION, "oidc-link"),
                row(StaffUserDetailsService.SIGN_IN, Action.READ, credentials(), Purpose.ADMINISTRATION, "credentials-sign-in-only"),
                row(HOST_ADMIN, Action.READ, credentials(), Purpose.ADMINISTRATION, "credentials-sign-in-only"),
                row(Provisioning.Process.DEMO_SEED.actor(), Action.READ, credentials(), Purpose.AUTHENTICATION, "credentials-sign-in-only"));
    }

    @ParameterizedTest(name = "{index}: {0} {1} {2} for {3} -> {4}")
    @MethodSource("cases")
    void staffAccountsAreReachedOnlyByTheirAdministratorsAndJoinerysOwnProcesses(Actor actor, Action action, DataRef data,
            Purpose purpose, String expectedRule) {
        Decision decision = decide(new AccessRequest(actor, action, data, purpose));
        if (expectedRule == null) {
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.rule()).isEqualTo(Decision.DEFAULT_RULE);
        } else {
            assertThat(decision.rule()).isEqualTo(expectedRule);
            assertThat(decision.allowed()).isEqualTo(!expectedRule.equals("credentials-sign-in-only"));
        }
    }

    /** The real policy over the accounts module's rules. */
    private static Decision decide(AccessRequest request) {
        return TestPolicies.of(new StaffAdministrationRule(), new ProvisioningRule(), new SignInRule()).decide(request);
    }

    private static Arguments row(Actor actor, Action action, DataRef data, Purpose purpose, String rule) {
        return Arguments.of(actor, action, data, purpose, rule);
    }

    private static DataRef account(UUID organisation) {
        return DataRef.of(DataCategory.STAFF_ACCOUNT, organisation);
    }

    private static DataRef credentials() {
        return DataRef.of(DataCategory.STAFF_CREDENTIALS, null);
    }

    private static Actor user(UUID organisation, boolean host, Role... roles) {
        return new Actor(UUID.randomUUID(), "user-" + organisation, organisation, host, Set.of(roles));
    }
}
