package org.joinery.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Grant;
import org.joinery.index.PersonRef;
import org.joinery.index.Persons;
import org.joinery.sharing.Involvement;
import org.joinery.sharing.Involvements;
import org.joinery.sharing.NewInvolvement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Involvements as {@link Involvements} describes them, kept in the {@link InvolvementStore}. */
@Service
class InvolvementService implements Involvements {

    private final InvolvementStore store;
    private final Persons persons;
    private final Clock clock;

    InvolvementService(InvolvementStore store, Persons persons, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.clock = clock;
    }

    @Override
    public Optional<PersonRef> person(Grant grant) {
        String joineryId = grant.request().data().subjectId();
        return joineryId == null ? Optional.empty() : persons.byJoineryId(grant, joineryId);
    }

    @Override
    public List<Involvement> ofPerson(Grant grant) {
        return person(grant).map(person -> store.visibleTo(grant, person.id(), today())).orElse(List.of());
    }

    @Override
    @Transactional
    public Involvement start(Grant grant, PersonRef person, NewInvolvement details) {
        if (!person.joineryId().equals(grant.request().data().subjectId())) {
            throw new IllegalArgumentException("The grant is for " + grant.request().data().subjectId() + ", not "
                    + person.joineryId());
        }
        return store.start(grant, person.id(), details, grant.request().actor().userId(), today(), clock.instant());
    }

    @Override
    @Transactional
    public boolean end(Grant grant, UUID involvementId, String reason) {
        return store.end(grant, involvementId, reason.strip(), grant.request().actor().userId(), today());
    }

    @Override
    @Transactional
    public boolean markSensitive(Grant grant, UUID involvementId) {
        return store.markSensitive(grant, involvementId, grant.request().actor().userId());
    }

    @Override
    public Optional<Involvement> find(Grant grant, UUID involvementId) {
        return store.find(grant, involvementId);
    }

    @Override
    public OrganisationInvolvements ofOrganisation(Grant grant, int limit, long offset) {
        List<Involvement> page = store.ofOrganisation(grant, limit, offset);
        Map<UUID, String> joineryIds = persons.joineryIdsOf(grant, page.stream().map(Involvement::personId).toList());
        return new OrganisationInvolvements(page, joineryIds, store.countOfOrganisation(grant));
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
