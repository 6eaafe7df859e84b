package org.joinery.sharing.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.AccessFacts;
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
 * Who may know which organisations are involved with a person, and change involvements.
 * Practitioners and team managers read them for direct care (the store leaves out other
 * organisations' sensitive involvements) and start their own organisation's. Information governance
 * officers read and manage their own organisation's (the host organisation's officers, every
 * organisation's). Joinery itself derives them after linkage runs; the identity rule reads them as
 * {@link AccessFacts}, not through the gate. Nobody else: analysts and administrators are refused by default.
 */
@Component
class InvolvementAccessRule implements AccessRule {

    static final String DIRECT_CARE = "involvement-direct-care";
    static final String START_OWN = "involvement-own-organisation";
    static final String START_OTHER = "involvement-other-organisation";
    static final String GOVERNANCE = "involvement-ig-own-organisation";
    static final String HOST_GOVERNANCE = "involvement-ig-host";
    static final String GOVERNANCE_OTHER = "involvement-ig-other-organisation";
    static final String DERIVATION = "involvement-derivation";

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.INVOLVEMENT);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        Actor actor = request.actor();
        if (actor.isSystem()) {
            return Optional.ofNullable(system(request));
        }
        if (request.purpose() == Purpose.DIRECT_CARE && IdentityAccessRule.practitioner(actor)) {
            return Optional.of(directCare(request));
        }
        if (request.purpose() == Purpose.INFORMATION_GOVERNANCE && actor.has(Role.INFORMATION_GOVERNANCE_OFFICER)) {
            return Optional.of(governance(actor, request.data().organisationId()));
        }
        return Optional.empty();
    }

    private static Decision directCare(AccessRequest request) {
        if (request.action() == Action.READ) {
            return Decision.allow(DIRECT_CARE, "Practitioners see which organisations are involved with a person and whom to"
                    + " contact, except other organisations' sensitive involvements.");
        }
        UUID organisation = request.data().organisationId();
        if (organisation != null && organisation.equals(request.actor().organisationId())) {
            return Decision.allow(START_OWN, "Practitioners start and end their own organisation's involvements.");
        }
        return Decision.refuse(START_OTHER, "Practitioners start and end only their own organisation's involvements.");
    }

    /** A null organisation asks for every organisation's involvements. */
    private static Decision governance(Actor actor, UUID organisationId) {
        if (actor.hostOrganisation()) {
            return Decision.allow(HOST_GOVERNANCE, "Information governance officers of the host organisation oversee"
                    + " every organisation's involvements.");
        }
        if (organisationId != null && organisationId.equals(actor.organisationId())) {
            return Decision.allow(GOVERNANCE, "Information governance officers manage their own organisation's involvements.");
        }
        return Decision.refuse(GOVERNANCE_OTHER, "Information governance officers manage only their own organisation's"
                + " involvements.");
    }

    private static Decision system(AccessRequest request) {
        if (request.actor().equals(DerivationAccessRule.ACTOR) && request.purpose() == Purpose.RECORD_LINKAGE) {
            return Decision.allow(DERIVATION, "Joinery keeps involvements in step with sources' open records after linking.");
        }
        return null;
    }
}
