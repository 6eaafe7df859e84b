package org.joinery.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Grant;
import org.joinery.index.PersonRef;
import org.joinery.index.Persons;
import org.joinery.sharing.involvement.InvolvementStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Involvements for pages and other modules (the person page, the front door): each call needs a
 * grant from the access gate for the person's INVOLVEMENT data, whose subject is the Joinery ID.
 */
@Service
public class Involvements {

    static final int MAX_REASON = 1000;
    static final int MAX_CONTACT = 300;

    private final InvolvementStore store;
    private final Persons persons;
    private final Clock clock;

    Involvements(InvolvementStore store, Persons persons, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.clock = clock;
    }

    /** The person the grant is about (its subject is a Joinery ID), if there is one. */
    public Optional<PersonRef> person(Grant grant) {
        String joineryId = grant.request().data().subjectId();
        return joineryId == null ? Optional.empty() : persons.byJoineryId(grant, joineryId);
    }

    /**
     * The person's open involvements the grant's actor may know of, derived and started alike:
     * organisation, team, contact and since when. Other organisations' sensitive involvements are
     * left out. The grant: READ INVOLVEMENT for DIRECT_CARE, subject the person's Joinery ID.
     */
    public List<Involvement> ofPerson(Grant grant) {
        return person(grant).map(person -> store.visibleTo(grant, person.id(), today())).orElse(List.of());
    }

    /**
     * Starts an involvement of the grant's organisation with the person. The grant: WRITE INVOLVEMENT
     * for DIRECT_CARE, subject the person's Joinery ID, organisation the practitioner's own.
     */
    @Transactional
    public Involvement start(Grant grant, PersonRef person, NewInvolvement details) {
        if (!person.joineryId().equals(grant.request().data().subjectId())) {
            throw new IllegalArgumentException("The grant is for " + grant.request().data().subjectId() + ", not "
                    + person.joineryId());
        }
        return store.start(grant, person.id(), details, grant.request().actor().userId(), today(), clock.instant());
    }

    /** Ends an open involvement of the grant's organisation, with the reason; false if there was none open. */
    @Transactional
    public boolean end(Grant grant, UUID involvementId, String reason) {
        return store.end(grant, involvementId, reason.strip(), grant.request().actor().userId(), today());
    }

    /** Marks an involvement of the grant's organisation sensitive (information governance); false if it already was. */
    @Transactional
    public boolean markSensitive(Grant grant, UUID involvementId) {
        return store.markSensitive(grant, involvementId, grant.request().actor().userId());
    }

    public Optional<Involvement> find(Grant grant, UUID involvementId) {
        return store.find(grant, involvementId);
    }

    /** A page of the grant's organisation's involvements with each person's Joinery ID, for information governance. */
    public OrganisationInvolvements ofOrganisation(Grant grant, int limit, long offset) {
        List<Involvement> page = store.ofOrganisation(grant, limit, offset);
        Map<UUID, String> joineryIds = persons.joineryIdsOf(grant, page.stream().map(Involvement::personId).toList());
        return new OrganisationInvolvements(page, joineryIds, store.countOfOrganisation(grant));
    }

    /** One page of an organisation's involvements, the Joinery ID of each person, and how many there are in all. */
    public record OrganisationInvolvements(List<Involvement> involvements, Map<UUID, String> joineryIds, long total) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
