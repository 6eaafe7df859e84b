package org.joinery.organisations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.OrganisationType;
import org.joinery.organisations.Team;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation and team tables (not personal data). Names are compared without regard to case. */
@Repository
class OrganisationStore {

    private static final String ORGANISATION = "select id, name, type, host from organisation";
    private static final String TEAM = "select id, organisation_id, name from team";

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Organisation organisation, Instant now) {
        jdbc.sql("insert into organisation (id, name, type, host, created_at) values (?, ?, ?, ?, ?)")
                .params(organisation.id(), organisation.name(), organisation.type().name(), organisation.host(), utc(now))
                .update();
    }

    void insert(Team team, Instant now) {
        jdbc.sql("insert into team (id, organisation_id, name, created_at) values (?, ?, ?, ?)")
                .params(team.id(), team.organisationId(), team.name(), utc(now))
                .update();
    }

    void rename(UUID teamId, String name) {
        jdbc.sql("update team set name = ? where id = ?").params(name, teamId).update();
    }

    List<Organisation> all() {
        return jdbc.sql(ORGANISATION + " order by lower(name)").query(OrganisationStore::organisation).list();
    }

    Optional<Organisation> find(UUID id) {
        return jdbc.sql(ORGANISATION + " where id = ?").param(id).query(OrganisationStore::organisation).optional();
    }

    Optional<Organisation> named(String name) {
        return jdbc.sql(ORGANISATION + " where lower(name) = lower(?)").param(name)
                .query(OrganisationStore::organisation).optional();
    }

    Optional<Organisation> host() {
        return jdbc.sql(ORGANISATION + " where host = true").query(OrganisationStore::organisation).optional();
    }

    List<Team> teams(UUID organisationId) {
        return jdbc.sql(TEAM + " where organisation_id = ? order by lower(name)").param(organisationId)
                .query(OrganisationStore::team).list();
    }

    Optional<Team> team(UUID teamId) {
        return jdbc.sql(TEAM + " where id = ?").param(teamId).query(OrganisationStore::team).optional();
    }

    Optional<Team> teamNamed(UUID organisationId, String name) {
        return jdbc.sql(TEAM + " where organisation_id = ? and lower(name) = lower(?)").params(organisationId, name)
                .query(OrganisationStore::team).optional();
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), rs.getString("name"),
                OrganisationType.valueOf(rs.getString("type")), rs.getBoolean("host"));
    }

    private static Team team(ResultSet rs, int row) throws SQLException {
        return new Team(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getString("name"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
