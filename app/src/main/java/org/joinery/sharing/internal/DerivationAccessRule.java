package org.joinery.sharing.internal;

import java.util.Optional;
import java.util.Set;
import org.joinery.access.AccessFacts;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.springframework.stereotype.Component;

/**
 * Deriving involvements after a linkage run reads which records make up which person and which
 * records are open (linkage data, for record linkage). Only that named process of Joinery's may.
 */
@Component
class DerivationAccessRule implements AccessRule {

    /** Joinery deriving involvements from sources' open records. */
    static final Actor ACTOR = Actor.system("involvement derivation");
    static final String RULE = "linkage-read-for-involvement-derivation";

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.LINKAGE);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        if (request.action() == Action.READ && request.purpose() == Purpose.RECORD_LINKAGE && request.actor().equals(ACTOR)) {
            return Optional.of(Decision.allow(RULE, "Joinery reads which open records make up each person to keep"
                    + " involvements in step."));
        }
        return Optional.empty();
    }
}
