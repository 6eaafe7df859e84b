package org.joinery.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Grant;
import org.joinery.index.PersonRef;
import org.joinery.index.Persons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Involvements for pages and other modules (the person page, the front door): each call needs a
 * grant from the access gate for the person's INVOLVEMENT data, whose subject is the Joinery ID.
 */
public interface Involvements {

    /** The person the grant is about (its subject is a Joinery ID), if there is one. */
    Optional<PersonRef> person(Grant grant);

    /**
     * The person's open involvements the grant's actor may know of, derived and started alike:
     * organisation, team, contact and since when. Other organisations' sensitive involvements are
     * left out. The grant: READ INVOLVEMENT for DIRECT_CARE, subject the person's Joinery ID.
     */
    List<Involvement> ofPerson(Grant grant);

    /**
     * Starts an involvement of the grant's organisation with the person. The grant: WRITE INVOLVEMENT
     * for DIRECT_CARE, subject the person's Joinery ID, organisation the practitioner's own.
     */
    Involvement start(Grant grant, PersonRef person, NewInvolvement details);

    /** Ends an open involvement of the grant's organisation, with the reason; false if there was none open. */
    boolean end(Grant grant, UUID involvementId, String reason);

    /** Marks an involvement of the grant's organisation sensitive (information governance); false if it already was. */
    boolean markSensitive(Grant grant, UUID involvementId);

    Optional<Involvement> find(Grant grant, UUID involvementId);

    /** A page of the grant's organisation's involvements with each person's Joinery ID, for information governance. */
    OrganisationInvolvements ofOrganisation(Grant grant, int limit, long offset);

    /** One page of an organisation's involvements, the Joinery ID of each person, and how many there are in all. */
    record OrganisationInvolvements(List<Involvement> involvements, Map<UUID, String> joineryIds, long total) {
    }

    LocalDate today();
}
