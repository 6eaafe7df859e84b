package org.joinery.organisations.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.organisations.NameTaken;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.OrganisationType;
import org.joinery.organisations.Organisations;
import org.joinery.organisations.Team;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Organisations} over the organisation and team tables. */
@Service
class OrganisationService implements Organisations {

    private final OrganisationStore store;
    private final Clock clock;

    OrganisationService(OrganisationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Organisation create(String name, OrganisationType type, boolean host) {
        String trimmed = name.strip();
        if (store.named(trimmed).isPresent()) {
            throw new NameTaken(trimmed);
        }
        if (host && store.host().isPresent()) {
            throw new IllegalStateException("There is already a host organisation: " + store.host().get().name());
        }
        Organisation organisation = new Organisation(UUID.randomUUID(), trimmed, type, host);
        uniquelyNamed(trimmed, () -> store.insert(organisation, clock.instant()));
        return organisation;
    }

    @Override
    @Transactional
    public Team createTeam(UUID organisationId, String name) {
        String trimmed = name.strip();
        require(organisationId);
        if (store.teamNamed(organisationId, trimmed).isPresent()) {
            throw new NameTaken(trimmed);
        }
        Team team = new Team(UUID.randomUUID(), organisationId, trimmed);
        uniquelyNamed(trimmed, () -> store.insert(team, clock.instant()));
        return team;
    }

    @Override
    @Transactional
    public Team renameTeam(UUID teamId, String name) {
        String trimmed = name.strip();
        Team team = store.team(teamId).orElseThrow(() -> new IllegalArgumentException("No team " + teamId));
        Optional<Team> sameName = store.teamNamed(team.organisationId(), trimmed);
        if (sameName.isPresent() && !sameName.get().id().equals(teamId)) {
            throw new NameTaken(trimmed);
        }
        uniquelyNamed(trimmed, () -> store.rename(teamId, trimmed));
        return new Team(teamId, team.organisationId(), trimmed);
    }

    @Override
    public List<Organisation> all() {
        return store.all();
    }

    @Override
    public Optional<Organisation> find(UUID id) {
        return store.find(id);
    }

    @Override
    public Optional<Organisation> named(String name) {
        return store.named(name.strip());
    }

    @Override
    public Optional<Organisation> host() {
        return store.host();
    }

    @Override
    public List<Team> teams(UUID organisationId) {
        return store.teams(organisationId);
    }

    @Override
    public Optional<Team> team(UUID teamId) {
        return store.team(teamId);
    }

    /**
     * Writes a name checked as free just before; if another request took it in between, the
     * database's unique constraint refuses the write and the caller hears the same {@link NameTaken}.
     */
    private static void uniquelyNamed(String name, Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException takenMeanwhile) {
            throw new NameTaken(name);
        }
    }

    private void require(UUID organisationId) {
        if (store.find(organisationId).isEmpty()) {
            throw new IllegalArgumentException("No organisation " + organisationId);
        }
    }
}
