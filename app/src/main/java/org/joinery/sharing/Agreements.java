package org.joinery.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.platform.web.FormErrors;

/**
 * Data-sharing agreements, recorded and ended by information governance officers. An officer records
 * agreements under which their own organisation shares its data (it is their organisation's decision
 * to share); officers of the host organisation, which runs Joinery for the partnership, may record any.
 */
public interface Agreements {

    /** Whether the actor may see and record agreements at all. */
    static boolean managesAgreements(Actor actor) {
        return actor.has(Role.INFORMATION_GOVERNANCE_OFFICER);
    }

    /** Whether the actor may record or end agreements under which this organisation shares its data. */
    static boolean mayShareFor(Actor actor, UUID fromOrganisationId) {
        return managesAgreements(actor) && (actor.hostOrganisation() || actor.organisationId().equals(fromOrganisationId));
    }

    /** The agreements the officer sees: their organisation's either way round, or all for the host organisation. */
    List<SharingAgreement> visibleTo(Actor actor);

    Optional<SharingAgreement> find(Actor actor, UUID id);

    /** What is wrong with the agreement, field by field; empty when it may be recorded by the actor. */
    FormErrors check(Actor actor, NewAgreement agreement);

    /**
     * Records an agreement entered by an information governance officer.
     *
     * @throws InvalidAgreement naming every problem; nothing is saved
     */
    SharingAgreement create(Actor actor, NewAgreement agreement);

    /**
     * Records an agreement set up by Joinery itself, for the demo seeder: the same checks except who
     * may share, and {@code recordedBy} (a user, for example the host organisation's information
     * governance officer) is named as its author.
     */
    SharingAgreement seed(UUID recordedBy, NewAgreement agreement);

    /** Ends an agreement early, with the reason; returns false if it had already ended. */
    boolean endEarly(Actor actor, SharingAgreement agreement, String reason);

    LocalDate today();
}
