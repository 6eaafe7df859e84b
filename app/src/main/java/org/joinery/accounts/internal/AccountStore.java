package org.joinery.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.PersonalDataStore;
import org.joinery.access.Role;
import org.joinery.accounts.StaffAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Staff accounts and their credentials: the only class that touches app_user and app_user_role.
 * Every public method needs a grant from the access gate; a grant for one organisation's accounts
 * reaches only that organisation's accounts, whatever identifier the caller passes.
 */
@Repository
@PersonalDataStore(tables = {"app_user", "app_user_role"})
class AccountStore {

    private static final String SELECT_ACCOUNT = """
            select u.id, u.username, u.display_name, u.email, u.organisation_id, o.name as organisation_name,
                   o.host, u.team_id, u.enabled
            from app_user u join organisation o on o.id = u.organisation_id
            """;

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account and its password hash, for checking a sign-in. */
    public Optional<Credentials> credentials(Grant grant, String username) {
        grant.require(DataCategory.STAFF_CREDENTIALS, Action.READ);
        return jdbc.sql("select id, password_hash from app_user where lower(username) = lower(?)")
                .param(username)
                .query((rs, n) -> new Credentials(rs.getObject("id", UUID.class), rs.getString("password_hash")))
                .optional()
                .flatMap(c -> findById(c.userId()).map(c::withAccount));
    }

    /** The account an identity provider's subject was linked to, for an OIDC sign-in. */
    public Optional<StaffAccount> withOidcSubject(Grant grant, String subject) {
        grant.require(DataCategory.STAFF_CREDENTIALS, Action.READ);
        return idWhere("oidc_subject = ?", subject).flatMap(this::findById);
    }

    /** The account with this email address and no linked subject yet, for a first OIDC sign-in. */
    public Optional<StaffAccount> unlinkedWithEmail(Grant grant, String email) {
        grant.require(DataCategory.STAFF_CREDENTIALS, Action.READ);
        List<UUID> ids = jdbc.sql("select id from app_user where lower(email) = lower(?) and oidc_subject is null")
                .param(email).query(UUID.class).list();
        // Two accounts with one address cannot tell us who is signing in, so neither is matched.
        return ids.size() == 1 ? findById(ids.get(0)) : Optional.empty();
    }

    /** Links an identity provider's subject to an account, on its first OIDC sign-in. */
    public void linkOidcSubject(Grant grant, UUID userId, String subject) {
        grant.require(DataCategory.STAFF_CREDENTIALS, Action.WRITE);
        jdbc.sql("update app_user set oidc_subject = ? where id = ? and oidc_subject is null").params(subject, userId).update();
    }

    /** The account a username names (ignoring case, as sign-in does), to record a failed sign-in under it. */
    public Optional<StaffAccount> withUsername(Grant grant, String username) {
        grant.require(DataCategory.STAFF_ACCOUNT, Action.READ);
        return idWhere("lower(username) = lower(?)", username).flatMap(this::findById);
    }

    public Optional<StaffAccount> find(Grant grant, UUID id) {
        grant.require(DataCategory.STAFF_ACCOUNT, Action.READ);
        return findById(id).filter(account -> inScope(grant, account.organisationId()));
    }

    public List<StaffAccount> inOrganisation(Grant grant, UUID organisationId) {
        grant.require(DataCategory.STAFF_ACCOUNT, Action.READ);
        if (!inScope(grant, organisationId)) {
            return List.of();
        }
        return jdbc.sql("select id from app_user where organisation_id = ? order by lower(display_name), lower(username)")
                .param(organisationId).query(UUID.class).list()
                .stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    /** Whether a username is taken, whatever its case; asked while creating an account. */
    public boolean usernameTaken(Grant grant, String username) {
        grant.require(DataCategory.STAFF_ACCOUNT, Action.WRITE);
        return idWhere("lower(username) = lower(?)", username).isPresent();
    }

    public void create(Grant grant, StaffAccount account, String passwordHash, Instant now) {
        grant.require(DataCategory.STAFF_ACCOUNT, Action.WRITE);
        requireScope(grant, account.organisationId());
        jdbc.sql("""
                insert into app_user (id, username, display_name, email, password_hash, organisation_id, team_id, enabled, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(account.id(), account.username(), account.displayName(), account.email(), passwordHash,
                        account.organisationId(), account.teamId(), account.enabled(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        writeRoles(account.id(), account.roles());
    }

    /** Changes everything an administrator may change except the password; username and organisation stay. */
    public void update(Grant grant, StaffAccount account) {
        grant.require(DataCategory.STAFF_ACCOUNT, Action.WRITE);
        requireScope(grant, account.organisationId());
        int changed = jdbc.sql("""
                update app_user set display_name = ?, email = ?, team_id = ?, enabled = ?
                where id = ? and organisation_id = ?
                """)
                .params(account.displayName(), account.email(), account.teamId(), account.enabled(), account.id(),
                        account.organisationId())
                .update();
        if (changed != 1) {
            throw new IllegalStateException("No account " + account.id() + " in organisation " + account.organisationId());
        }
        writeRoles(account.id(), account.roles());
    }

    public void resetPassword(Grant grant, UUID userId, UUID organisationId, String passwordHash) {
        grant.require(DataCategory.STAFF_ACCOUNT, Action.WRITE);
        requireScope(grant, organisationId);
        jdbc.sql("update app_user set password_hash = ? where id = ? and organisation_id = ?")
                .params(passwordHash, userId, organisationId).update();
    }

    /**
     * Which organisation an account belongs to, or empty if there is no such account. The gate
     * needs this to ask the right question about an account; it tells nothing else about anyone.
     */
    Optional<UUID> organisationOf(UUID userId) {
        return jdbc.sql("select organisation_id from app_user where id = ?").param(userId).query(UUID.class).optional();
    }

    private static boolean inScope(Grant grant, UUID organisationId) {
        UUID granted = grant.request().data().organisationId();
        return granted == null || granted.equals(organisationId);
    }

    private static void requireScope(Grant grant, UUID organisationId) {
        if (!inScope(grant, organisationId)) {
            throw new IllegalStateException("A grant for organisation " + grant.request().data().organisationId()
                    + " cannot be used for an account of organisation " + organisationId);
        }
    }

    private Optional<UUID> idWhere(String condition, String value) {
        return jdbc.sql("select id from app_user where " + condition).param(value).query(UUID.class).optional();
    }

    private void writeRoles(UUID userId, Set<Role> roles) {
        jdbc.sql("delete from app_user_role where user_id = ?").param(userId).update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(userId, role.name()).update();
        }
    }

    private Optional<StaffAccount> findById(UUID id) {
        Set<Role> roles = new LinkedHashSet<>();
        jdbc.sql("select role from app_user_role where user_id = ?").param(id)
                .query((rs, n) -> Role.of(rs.getString(1))).list().forEach(roles::add);
        return jdbc.sql(SELECT_ACCOUNT + " where u.id = ?").param(id).query((rs, n) -> account(rs, roles)).optional();
    }

    private static StaffAccount account(ResultSet rs, Set<Role> roles) throws SQLException {
        return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
                rs.getBoolean("host"), rs.getObject("team_id", UUID.class), rs.getBoolean("enabled"), roles);
    }

    /** An account with its password hash (null for accounts that sign in only through OIDC). */
    public record Credentials(UUID userId, String passwordHash, StaffAccount account) {
        Credentials(UUID userId, String passwordHash) {
            this(userId, passwordHash, null);
        }

        Credentials withAccount(StaffAccount found) {
            return new Credentials(userId, passwordHash, found);
        }
    }
}
