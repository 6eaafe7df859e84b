package org.joinery.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.access.AccessRequest;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Grant;
import org.joinery.access.PersonalDataStore;
import org.joinery.access.Purpose;
import org.joinery.access.SearchSubject;
import org.joinery.audit.AuditEntries;
import org.joinery.audit.AuditEntry;
import org.joinery.audit.AuditFilter;
import org.joinery.audit.Channel;
import org.joinery.audit.ListedEntry;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit tables. Appending is for the recorder only (package-private); every read needs a grant:
 * listing entries one for oversight, walking the chain one for an integrity check. There is
 * deliberately no update or delete, and the database refuses them too (migration V10).
 */
@Repository
@PersonalDataStore(tables = {"audit_entry", "audit_head"})
class AuditStore implements AuditEntries {

    private static final String COLUMNS = "seq, occurred_at, actor_user_id, actor_username, actor_organisation_id, "
            + "action, category, subject_id, record_id, data_organisation_id, purpose, allowed, rule, reason, prev_hash, hash, channel, search_terms, shown_joinery_ids";

    private final JdbcClient jdbc;
    private final AuditConnections connections;

    AuditStore(JdbcClient jdbc, AuditConnections connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    /**
     * One decision to append, when it was made, through which channel (null for none) and, for a search, what
     * for and whom it showed (null for any other decision).
     */
    record Appending(AccessRequest request, Decision decision, Instant at, Channel channel, SearchSubject subject) {

        Appending(AccessRequest request, Decision decision, Instant at) {
            this(request, decision, at, null, null);
        }
    }

    /**
     * Appends a group commit's entries in the order given, each chained to the one before, under one lock on
     * the chain head taken once and one move of the head, on the audit log's own connections; the caller
     * provides the transaction ({@link AuditConnections#inOwnTransaction}).
     */
    List<AuditEntry> appendAll(List<Appending> batch) {
        List<AuditEntry> appended = new ArrayList<>(batch.size());
        ChainHead head = lockHead();
        for (Appending one : batch) {
            AuditEntry entry = chained(head, one);
            appended.add(entry);
            head = new ChainHead(entry.seq(), entry.hash());
        }
        if (!appended.isEmpty()) {
            moveHead(appended.get(appended.size() - 1));
        }
        return appended;
    }

    private ChainHead lockHead() {
        return connections.jdbc().sql("select last_seq, last_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
    }

    /** Inserts the entry for one decision, next after {@code head}: the per-entry part of appending. */
    private AuditEntry chained(ChainHead head, Appending one) {
        JdbcClient audit = connections.jdbc();
        long seq = head.seq() + 1;
        String prevHash = head.hash();
        AccessRequest request = one.request();
        Decision decision = one.decision();
        var actor = request.actor();
        var data = request.data();
        SearchSubject subject = one.subject();
        // Identifiers can come from what someone typed (a username at sign-in): never let length break the record.
        AuditEntry entry = new AuditEntry(seq, one.at().truncatedTo(ChronoUnit.MICROS), actor.userId(), actor.username(),
                actor.organisationId(), request.action().name(), data.category().name(), truncate(data.subjectId(), 100),
                truncate(data.recordId(), 100), data.organisationId(), request.purpose().name(), decision.allowed(),
                truncate(decision.rule(), 100), truncate(decision.reason(), 500), prevHash, null,
                one.channel() == null ? null : one.channel().name(),
                subject == null ? null : truncate(String.join(" ", subject.termHashes()), 1000),
                subject == null ? null : truncate(String.join(",", subject.shownJoineryIds()), 1000));
        entry = entry.withHash(entry.expectedHash());
        audit.sql("insert into audit_entry (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(entry.seq(), OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actorUserId(),
                        entry.actorUsername(), entry.actorOrganisationId(), entry.action(), entry.category(),
                        entry.subjectId(), entry.recordId(), entry.dataOrganisationId(), entry.purpose(),
                        entry.allowed(), entry.rule(), entry.reason(), entry.prevHash(), entry.hash(),
                        entry.channel(), entry.searchTerms(), entry.shownJoineryIds())
                .update();
        return entry;
    }

    private void moveHead(AuditEntry last) {
        connections.jdbc().sql("update audit_head set last_seq = ?, last_hash = ? where id = 1")
                .params(last.seq(), last.hash()).update();
    }

    @Override
    public List<ListedEntry> newest(Grant grant, AuditFilter filter, int limit, long offset) {
        grant.require(DataCategory.AUDIT_LOG, Action.READ, Purpose.AUDIT_OVERSIGHT);
        List<Object> parameters = new ArrayList<>();
        String where = oversight(grant, filter, parameters);
        parameters.add(limit);
        parameters.add(offset);
        return jdbc.sql("select e.*, o.name as organisation_name from audit_entry e"
                        + " left join organisation o on o.id = e.actor_organisation_id" + where
                        + " order by e.seq desc limit ? offset ?")
                .params(parameters)
                .query((rs, n) -> new ListedEntry(map(rs, n), rs.getString("organisation_name")))
                .list();
    }

    @Override
    public long count(Grant grant, AuditFilter filter) {
        grant.require(DataCategory.AUDIT_LOG, Action.READ, Purpose.AUDIT_OVERSIGHT);
        List<Object> parameters = new ArrayList<>();
        String where = oversight(grant, filter, parameters);
        return jdbc.sql("select count(*) from audit_entry e" + where).params(parameters).query(Long.class).single();
    }

    /** What an oversight grant may list: the filter's entries, within the grant's organisation if it names one. */
    private static String oversight(Grant grant, AuditFilter filter, List<Object> parameters) {
        return AuditFilterSql.where(filter, grant.request().data().organisationId(), parameters);
    }

    /** Streams every entry in chain order, for verification, without holding them all in memory. */
    void inChainOrder(Grant grant, Consumer<AuditEntry> consumer) {
        grant.require(DataCategory.AUDIT_LOG, Action.READ, Purpose.AUDIT_INTEGRITY_CHECK);
        // A fetch size makes PostgreSQL stream through a cursor (the caller's transaction) instead of loading every row.
        jdbc.sql("select " + COLUMNS + " from audit_entry order by seq")
                .withFetchSize(1000)
                .query((RowCallbackHandler) rs -> consumer.accept(map(rs, 0)));
    }

    /** The recorded end of the chain, which verification compares with the last entry. */
    ChainHead head(Grant grant) {
        grant.require(DataCategory.AUDIT_LOG, Action.READ, Purpose.AUDIT_INTEGRITY_CHECK);
        return jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_user_id", UUID.class), rs.getString("actor_username"),
                rs.getObject("actor_organisation_id", UUID.class), rs.getString("action"), rs.getString("category"),
                rs.getString("subject_id"), rs.getString("record_id"), rs.getObject("data_organisation_id", UUID.class),
                rs.getString("purpose"), rs.getBoolean("allowed"), rs.getString("rule"), rs.getString("reason"),
                rs.getString("prev_hash"), rs.getString("hash"), rs.getString("channel"), rs.getString("search_terms"),
                rs.getString("shown_joinery_ids"));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
