package org.joinery.testing;

import java.util.Optional;
import java.util.Set;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for the sharing module's access rule while it is not merged: practitioners and team managers
 * may read who holds records about a person (INVOLVEMENT) and their own organisation's IDENTITY records, for
 * direct care; nothing else. Import it into a test; the application never sees it.
 */
@TestConfiguration
public class OwnOrganisationSharingRule {

    @Bean
    AccessRule ownOrganisationIdentityForTests() {
        return AccessRule.forCategories(Set.of(DataCategory.INVOLVEMENT, DataCategory.IDENTITY), (request, facts) -> {
            boolean frontline = request.actor().has(Role.PRACTITIONER) || request.actor().has(Role.TEAM_MANAGER);
            if (!frontline || request.purpose() != Purpose.DIRECT_CARE || request.action() != Action.READ) {
                return Optional.empty();
            }
            DataCategory category = request.data().category();
            if (category == DataCategory.INVOLVEMENT) {
                return Optional.of(Decision.allow("test-involvement", "Test stand-in: who holds records, for direct care."));
            }
            if (category == DataCategory.IDENTITY && request.actor().organisationId() != null
                    && request.actor().organisationId().equals(request.data().organisationId())) {
                return Optional.of(Decision.allow("test-own-organisation", "Test stand-in: your own organisation's records."));
            }
            return Optional.empty();
        });
    }
}
