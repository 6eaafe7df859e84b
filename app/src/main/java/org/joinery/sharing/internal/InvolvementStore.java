package org.joinery.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.PersonalDataStore;
import org.joinery.access.Purpose;
import org.joinery.sharing.Involvement;
import org.joinery.sharing.NewInvolvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Involvements: the only class that touches the involvement table. An involvement is open on a day
 * when it started by then and had not ended by then. Other organisations' sensitive involvements are
 * filtered out here, in the query, so no caller can show one by mistake.
 */
@Component
@PersonalDataStore(tables = {"involvement"})
class InvolvementStore {

    private static final String SELECT = "select i.*, o.name as organisation_name, t.name as team_name from involvement i"
            + " join organisation o on o.id = i.organisation_id left join team t on t.id = i.team_id";
    private static final String OPEN = " i.started_on <= ? and (i.ended_on is null or i.ended_on > ?)";

    private final JdbcClient jdbc;

    InvolvementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The person's open involvements the grant's actor may know of: their own organisation's, and
     * other organisations' unless sensitive.
     */
    public List<Involvement> visibleTo(Grant grant, UUID personId, LocalDate day) {
        grant.require(DataCategory.INVOLVEMENT, Action.READ, Purpose.DIRECT_CARE);
        UUID own = grant.request().actor().organisationId();
        return jdbc.sql(SELECT + " where i.person_id = ? and" + OPEN + " and (not i.sensitive or i.organisation_id = ?)"
                        + " order by i.started_on, o.name")
                .params(personId, day, day, own).query((rs, n) -> map(rs)).list();
    }

    /** The person's open involvements on the day, every organisation's, sensitive ones first, then oldest first: for the access rules' facts. */
    public List<Involvement> openOn(Grant grant, UUID personId, LocalDate day) {
        grant.require(DataCategory.INVOLVEMENT, Action.READ);
        return jdbc.sql(SELECT + " where i.person_id = ? and" + OPEN + " order by i.sensitive desc, i.started_on")
                .params(personId, day, day).query((rs, n) -> map(rs)).list();
    }

    /**
     * An information governance officer's list: the grant's organisation's involvements (every
     * organisation's for a grant that names none), open first, newest first.
     */
    public List<Involvement> ofOrganisation(Grant grant, int limit, long offset) {
        grant.require(DataCategory.INVOLVEMENT, Action.READ, Purpose.INFORMATION_GOVERNANCE);
        List<Object> parameters = new ArrayList<>();
        String where = organisation(grant, parameters);
        parameters.add(limit);
        parameters.add(offset);
        return jdbc.sql(SELECT + where + " order by i.ended_on is not null, i.started_on desc, i.id limit ? offset ?")
                .params(parameters).query((rs, n) -> map(rs)).list();
    }

    public long countOfOrganisation(Grant grant) {
        grant.require(DataCategory.INVOLVEMENT, Action.READ, Purpose.INFORMATION_GOVERNANCE);
        List<Object> parameters = new ArrayList<>();
        return jdbc.sql("select count(*) from involvement i" + organisation(grant, parameters)).params(parameters)
                .query(Long.class).single();
    }

    /** A practitioner starts an involvement for the grant's organisation. */
    public Involvement start(Grant grant, UUID personId, NewInvolvement details, UUID startedBy, LocalDate day, Instant now) {
        grant.require(DataCategory.INVOLVEMENT, Action.WRITE, Purpose.DIRECT_CARE);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into involvement (id, person_id, organisation_id, team_id, lawful_basis, reason, sensitive, contact,
                                         started_on, started_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, personId, grant.request().data().organisationId(), details.teamId(),
                        details.lawfulBasis().citation(), details.reason(), details.sensitive(), details.contact(), day,
                        startedBy, utc(now))
                .update();
        return find(id).orElseThrow();
    }

    /** Ends an open involvement of the grant's organisation (any, for a grant naming none); false if there is none. */
    public boolean end(Grant grant, UUID id, String reason, UUID endedBy, LocalDate day) {
        grant.require(DataCategory.INVOLVEMENT, Action.WRITE);
        List<Object> parameters = new ArrayList<>(List.of(day, reason, endedBy, id));
        String within = organisation(grant, parameters).replace(" where ", " and ");
        return jdbc.sql("update involvement i set ended_on = ?, end_reason = ?, ended_by = ? where i.id = ? and i.ended_on is null"
                + within).params(parameters).update() == 1;
    }

    /** Marks an involvement of the grant's organisation sensitive; false if there is none to mark. */
    public boolean markSensitive(Grant grant, UUID id, UUID markedBy) {
        grant.require(DataCategory.INVOLVEMENT, Action.WRITE, Purpose.INFORMATION_GOVERNANCE);
        List<Object> parameters = new ArrayList<>(List.of(markedBy, id));
        String within = organisation(grant, parameters).replace(" where ", " and ");
        return jdbc.sql("update involvement i set sensitive = true, marked_sensitive_by = ? where i.id = ? and not i.sensitive"
                + within).params(parameters).update() == 1;
    }

    /** One involvement of the grant's organisation (any, for a grant naming none), to read or to change. */
    public Optional<Involvement> find(Grant grant, UUID id) {
        grant.require(DataCategory.INVOLVEMENT, grant.request().action());
        List<Object> parameters = new ArrayList<>(List.of(id));
        String within = organisation(grant, parameters).replace(" where ", " and ");
        return jdbc.sql(SELECT + " where i.id = ?" + within).params(parameters).query((rs, n) -> map(rs)).optional();
    }

    /** Derived involvements that are open, or that an officer ended (derivation leaves those ended). */
    public List<OpenDerived> derived(Grant grant) {
        grant.require(DataCategory.INVOLVEMENT, Action.WRITE, Purpose.RECORD_LINKAGE);
        return jdbc.sql("select id, person_id, source_id, ended_on is null as open from involvement"
                        + " where source_id is not null and (ended_on is null or ended_by is not null)")
                .query((rs, n) -> new OpenDerived(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getBoolean(4)))
                .list();
    }

    /** Starts and ends derived involvements in one go, after a linkage run. */
    public void applyDerivation(Grant grant, Collection<DerivedInvolvement> starts, Collection<UUID> ends, String endReason,
                                LocalDate day, Instant now) {
        grant.require(DataCategory.INVOLVEMENT, Action.WRITE, Purpose.RECORD_LINKAGE);
        for (DerivedInvolvement start : starts) {
            jdbc.sql("""
                    insert into involvement (id, person_id, organisation_id, source_id, lawful_basis, reason, sensitive,
                                             contact, started_on, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), start.personId(), start.organisationId(), start.sourceId(),
                            start.lawfulBasis(), start.reason(), start.sensitive(), start.contact(), start.startedOn(), utc(now))
                    .update();
        }
        for (UUID id : ends) {
            jdbc.sql("update involvement set ended_on = ?, end_reason = ? where id = ? and ended_on is null")
                    .params(day, endReason, id).update();
        }
    }

    private Optional<Involvement> find(UUID id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** Restricts to the organisation the grant names, if it names one. */
    private static String organisation(Grant grant, List<Object> parameters) {
        UUID organisation = grant.request().data().organisationId();
        if (organisation == null) {
            return "";
        }
        parameters.add(organisation);
        return " where i.organisation_id = ?";
    }

    private static Involvement map(ResultSet rs) throws SQLException {
        return new Involvement(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
                rs.getObject("source_id", UUID.class), rs.getObject("team_id", UUID.class), rs.getString("team_name"),
                rs.getString("lawful_basis"), rs.getString("reason"), rs.getBoolean("sensitive"), rs.getString("contact"),
                rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_reason"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
