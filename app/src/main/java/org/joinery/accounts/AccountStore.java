package org.joinery.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.PersonalDataStore;
import org.joinery.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts and their credentials. Every method needs a grant from the access gate. */
@Repository
@PersonalDataStore(tables = {"app_user", "app_user_role"})
public class AccountStore {

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
                .flatMap(c -> findById(c.userId()).map(account -> c.withAccount(account)));
    }

    public Optional<StaffAccount> find(Grant grant, UUID id) {
        grant.require(DataCategory.STAFF_ACCOUNT, Action.READ);
        return findById(id);
    }

    public List<StaffAccount> inOrganisation(Grant grant, UUID organisationId) {
        grant.require(DataCategory.STAFF_ACCOUNT, Action.READ);
        return jdbc.sql(SELECT_ACCOUNT + " where u.organisation_id = ? order by u.display_name")
                .param(organisationId)
                .query((rs, n) -> rs.getObject("id", UUID.class)).list()
                .stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    public void create(Grant grant, StaffAccount account, String passwordHash, java.time.Instant now) {
        grant.require(DataCategory.STAFF_ACCOUNT, Action.WRITE);
        jdbc.sql("""
                insert into app_user (id, username, display_name, email, password_hash, organisation_id, team_id, enabled, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(account.id(), account.username(), account.displayName(), account.email(), passwordHash,
                        account.organisationId(), account.teamId(), account.enabled(),
                        java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .update();
        writeRoles(account.id(), account.roles());
    }

    private void writeRoles(UUID userId, Set<Role> roles) {
        jdbc.sql("delete from app_user_role where user_id = ?").param(userId).update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(userId, role.name()).update();
        }
    }

    private Optional<StaffAccount> findById(UUID id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from app_user_role where user_id = ?").param(id)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list().forEach(roles::add);
        return jdbc.sql(SELECT_ACCOUNT + " where u.id = ?").param(id)
                .query((rs, n) -> new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("email"), rs.getObject("organisation_id", UUID.class),
                        rs.getString("organisation_name"), rs.getBoolean("host"), rs.getObject("team_id", UUID.class),
                        rs.getBoolean("enabled"), roles))
                .optional();
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
