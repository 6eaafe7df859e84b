package org.joinery.index.internal;

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
 * Loading the resident index reads every current record and which person it belongs to (linkage data, for
 * record linkage). Only Joinery's named process for that may; nobody sees what it reads except through a
 * search, which the gate decides and audits on its own.
 */
@Component
class ResidentIndexAccessRule implements AccessRule {

    static final String RULE = "linkage-read-for-resident-index";

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.LINKAGE);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        if (request.action() == Action.READ && request.purpose() == Purpose.RECORD_LINKAGE && request.actor().equals(LiveResidentIndex.ACTOR)) {
            return Optional.of(Decision.allow(RULE, "Joinery keeps every current record in memory so the front door"
                    + " and incremental linking can match a person in milliseconds."));
        }
        return Optional.empty();
    }
}
