package org.joinery.linking.review;

import java.util.Optional;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.springframework.stereotype.Component;

/**
 * Clerical review is the data team's work: administrators of the host organisation may read and write
 * LINKAGE, and read the source records as received (SOURCE_EXTRACT), for RECORD_LINKAGE. Joinery itself
 * may read review decisions for a linkage run. Provisional until the linking module's LINKAGE rule is
 * merged: the two allow the same, so either can go (see docs/resident-index.md).
 */
@Component
class ReviewAccessRule implements AccessRule {

    static final String RULE = "host-data-team-record-linkage";

    @Override
    public Optional<Decision> apply(AccessRequest request) {
        DataCategory category = request.data().category();
        boolean linkage = category == DataCategory.LINKAGE;
        boolean extract = category == DataCategory.SOURCE_EXTRACT && request.action() == Action.READ;
        if (request.purpose() != Purpose.RECORD_LINKAGE || !(linkage || extract)) {
            return Optional.empty();
        }
        Actor actor = request.actor();
        if (actor.hostOrganisation() && actor.has(Role.ADMINISTRATOR)) {
            return Optional.of(Decision.allow(RULE,
                    "The host organisation's administrators (the data team) link records and review uncertain pairs."));
        }
        if (actor.isSystem() && linkage) {
            return Optional.of(Decision.allow("system-record-linkage", "Joinery links records in its linkage runs."));
        }
        return Optional.empty();
    }
}
