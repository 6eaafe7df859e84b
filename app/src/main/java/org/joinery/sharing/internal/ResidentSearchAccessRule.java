package org.joinery.sharing.internal;

import java.util.Optional;
import java.util.Set;
import org.joinery.access.AccessFacts;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.springframework.stereotype.Component;

/**
 * Practitioners and team managers search the resident index at the front door for direct care.
 * What a candidate shows beyond the match is decided per organisation by the identity rule.
 */
@Component
class ResidentSearchAccessRule implements AccessRule {

    static final String RULE = "resident-search-direct-care";

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.RESIDENT_SEARCH);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        if (request.action() == Action.READ && request.purpose() == Purpose.DIRECT_CARE && IdentityAccessRule.practitioner(request.actor())) {
            return Optional.of(Decision.allow(RULE, "Practitioners find residents at the front door to support them."));
        }
        return Optional.empty();
    }
}
