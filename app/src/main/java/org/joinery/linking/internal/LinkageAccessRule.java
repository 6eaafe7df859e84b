package org.joinery.linking.internal;

import java.util.Optional;
import java.util.Set;
import org.joinery.access.AccessFacts;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read and write LINKAGE (runs, scored pairs, review, models): Joinery itself, linking in the
 * background, and the host organisation's administrators (the data team), for record linkage only. Anyone
 * else is refused by default, and the refusal is audited like every decision.
 */
@Component
class LinkageAccessRule implements AccessRule {

    static final String SYSTEM_RULE = "linkage-by-joinery";
    static final String DATA_TEAM_RULE = "linkage-by-host-administrators";

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.LINKAGE);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        if (request.purpose() != Purpose.RECORD_LINKAGE) {
            return Optional.empty();
        }
        Actor actor = request.actor();
        if (actor.isSystem()) {
            return Optional.of(Decision.allow(SYSTEM_RULE, "Joinery links source records into persons itself."));
        }
        if (actor.hostOrganisation() && actor.has(Role.ADMINISTRATOR)) {
            return Optional.of(Decision.allow(DATA_TEAM_RULE,
                    "The host organisation's administrators run linkage, review pairs and train models."));
        }
        return Optional.empty();
    }
}
