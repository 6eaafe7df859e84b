package org.joinery.organisations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations of the place and their teams. Callers check who may change what (see
 * {@link OrganisationAdministration}); the demo seed and the first-administrator command call
 * this directly.
 */
@Service
public class Organisations {

    /** The longest name an organisation or team may have (the column size). */
    public static final int MAX_NAME_LENGTH = 200;

    private final OrganisationRepository repository;
    private final Clock clock;

    Organisations(OrganisationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Creates an organisation. There is at most one host organisation.
     *
     * @throws NameTaken if another organisation has this name, whatever its case
     */
    @Transactional
    public Organisation create(String name, OrganisationType type, boolean host) {
        String trimmed = name.strip();
        if (repository.named(trimmed).isPresent()) {
            throw new NameTaken(trimmed);
        }
        if (host && repository.host().isPresent()) {
            throw new IllegalStateException("There is already a host organisation: " + repository.host().get().name());
        }
        Organisation organisation = new Organisation(UUID.randomUUID(), trimmed, type, host);
        uniquelyNamed(trimmed, () -> repository.insert(organisation, clock.instant()));
        return organisation;
    }

    /** @throws NameTaken if the organisation already has a team with this name */
    @Transactional
    public Team createTeam(UUID organisationId, String name) {
        String trimmed = name.strip();
        require(organisationId);
        if (repository.teamNamed(organisationId, trimmed).isPresent()) {
            throw new NameTaken(trimmed);
        }
        Team team = new Team(UUID.randomUUID(), organisationId, trimmed);
        uniquelyNamed(trimmed, () -> repository.insert(team, clock.instant()));
        return team;
    }

    /** @throws NameTaken if another team of the same organisation has this name */
    @Transactional
    public Team renameTeam(UUID teamId, String name) {
        String trimmed = name.strip();
        Team team = repository.team(teamId).orElseThrow(() -> new IllegalArgumentException("No team " + teamId));
        Optional<Team> sameName = repository.teamNamed(team.organisationId(), trimmed);
        if (sameName.isPresent() && !sameName.get().id().equals(teamId)) {
            throw new NameTaken(trimmed);
        }
        uniquelyNamed(trimmed, () -> repository.rename(teamId, trimmed));
        return new Team(teamId, team.organisationId(), trimmed);
    }

    public List<Organisation> all() {
        return repository.all();
    }

    public Optional<Organisation> find(UUID id) {
        return repository.find(id);
    }

    public Optional<Organisation> named(String name) {
        return repository.named(name.strip());
    }

    public Optional<Organisation> host() {
        return repository.host();
    }

    public List<Team> teams(UUID organisationId) {
        return repository.teams(organisationId);
    }

    public Optional<Team> team(UUID teamId) {
        return repository.team(teamId);
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
        if (repository.find(organisationId).isEmpty()) {
            throw new IllegalArgumentException("No organisation " + organisationId);
        }
    }
}
