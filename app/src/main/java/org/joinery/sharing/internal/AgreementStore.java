package org.joinery.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.DataCategory;
import org.joinery.access.Purpose;
import org.joinery.sharing.ArticleCondition;
import org.joinery.sharing.LawfulBasis;
import org.joinery.sharing.SharingAgreement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Data-sharing agreements and their categories. Agreements are about organisations, not people,
 * so this is not a personal-data store; every change names who made it.
 */
@Repository
class AgreementStore {

    private static final String SELECT = "select a.*, f.name as from_name, t.name as to_name from sharing_agreement a"
            + " join organisation f on f.id = a.from_organisation_id join organisation t on t.id = a.to_organisation_id";

    private final JdbcClient jdbc;

    AgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SharingAgreement agreement) {
        jdbc.sql("""
                insert into sharing_agreement (id, title, from_organisation_id, to_organisation_id, purpose, lawful_basis,
                                               article_condition, starts_on, ends_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agreement.id(), agreement.title(), agreement.fromOrganisationId(), agreement.toOrganisationId(),
                        agreement.purpose().name(), agreement.lawfulBasis().name(),
                        agreement.articleCondition() == ArticleCondition.NONE ? null : agreement.articleCondition().name(),
                        agreement.startsOn(), agreement.endsOn(), agreement.createdBy(), utc(agreement.createdAt()))
                .update();
        for (DataCategory category : agreement.categories()) {
            jdbc.sql("insert into sharing_agreement_category (agreement_id, category) values (?, ?)")
                    .params(agreement.id(), category.name()).update();
        }
    }

    public Optional<SharingAgreement> find(UUID id) {
        return list(" where a.id = ?", id).stream().findFirst();
    }

    /** Agreements either side of which is the organisation, or every agreement when it is null; newest first. */
    public List<SharingAgreement> involving(UUID organisationId) {
        return organisationId == null ? list("")
                : list(" where a.from_organisation_id = ? or a.to_organisation_id = ?", organisationId, organisationId);
    }

    /**
     * The agreements from one organisation to another covering the category for the purpose on the
     * day, not ended early: one indexed lookup for the access rule.
     */
    public List<SharingAgreement> inForce(UUID from, UUID to, DataCategory category, Purpose purpose, LocalDate day) {
        return list(" where a.from_organisation_id = ? and a.to_organisation_id = ? and a.purpose = ?"
                        + " and a.starts_on <= ? and (a.ends_on is null or a.ends_on >= ?) and a.ended_at is null"
                        + " and exists (select 1 from sharing_agreement_category c where c.agreement_id = a.id and c.category = ?)",
                from, to, purpose.name(), day, day, category.name());
    }

    /** Ends the agreement now, once: returns false if it was already ended. */
    public boolean endEarly(UUID id, UUID endedBy, String reason, Instant now) {
        return jdbc.sql("update sharing_agreement set ended_at = ?, ended_by = ?, end_reason = ? where id = ? and ended_at is null")
                .params(utc(now), endedBy, reason, id).update() == 1;
    }

    private List<SharingAgreement> list(String where, Object... parameters) {
        Map<UUID, Set<DataCategory>> categories = new LinkedHashMap<>();
        List<Row> rows = jdbc.sql(SELECT + where + " order by a.created_at desc, a.title").params(parameters)
                .query((rs, n) -> new Row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.sql("select agreement_id, category from sharing_agreement_category where agreement_id in (:ids)")
                .param("ids", rows.stream().map(row -> row.id).toList())
                .query(rs -> {
                    categories.computeIfAbsent(rs.getObject(1, UUID.class), id -> new LinkedHashSet<>())
                            .add(DataCategory.of(rs.getString(2)));
                });
        List<SharingAgreement> found = new ArrayList<>();
        for (Row row : rows) {
            found.add(row.agreement(categories.getOrDefault(row.id, Set.of())));
        }
        return found;
    }

    /** One row, read before its categories. */
    private static final class Row {
        final UUID id;
        final String title;
        final UUID from;
        final String fromName;
        final UUID to;
        final String toName;
        final String purpose;
        final String basis;
        final String condition;
        final LocalDate startsOn;
        final LocalDate endsOn;
        final UUID createdBy;
        final Instant createdAt;
        final Instant endedAt;
        final String endReason;

        Row(ResultSet rs) throws SQLException {
            id = rs.getObject("id", UUID.class);
            title = rs.getString("title");
            from = rs.getObject("from_organisation_id", UUID.class);
            fromName = rs.getString("from_name");
            to = rs.getObject("to_organisation_id", UUID.class);
            toName = rs.getString("to_name");
            purpose = rs.getString("purpose");
            basis = rs.getString("lawful_basis");
            condition = rs.getString("article_condition");
            startsOn = rs.getObject("starts_on", LocalDate.class);
            endsOn = rs.getObject("ends_on", LocalDate.class);
            createdBy = rs.getObject("created_by", UUID.class);
            createdAt = rs.getObject("created_at", OffsetDateTime.class).toInstant();
            OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
            endedAt = ended == null ? null : ended.toInstant();
            endReason = rs.getString("end_reason");
        }

        SharingAgreement agreement(Set<DataCategory> categories) {
            return new SharingAgreement(id, title, from, fromName, to, toName, categories, Purpose.of(purpose),
                    LawfulBasis.valueOf(basis), condition == null ? ArticleCondition.NONE : ArticleCondition.valueOf(condition),
                    startsOn, endsOn, createdBy, createdAt, endedAt, endReason);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
