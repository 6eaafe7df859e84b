package org.joinery.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.joinery.access.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data written straight into the tables, so that a test of the pages does not depend on the
 * pages it tests. Names carry a random suffix because test classes may share a database.
 */
public final class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    public Fixtures(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The host organisation, created on first use. */
    public UUID hostOrganisation() {
        return jdbc.queryForList("select id from organisation where host = true", UUID.class).stream().findFirst()
                .orElseGet(() -> organisation("Host council " + unique("h"), true));
    }

    public UUID organisation(String name, boolean host) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into organisation (id, name, type, host, created_at) values (?, ?, ?, ?, ?)",
                id, name, "COUNCIL_SERVICE", host, now());
        return id;
    }

    public UUID team(UUID organisationId, String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into team (id, organisation_id, name, created_at) values (?, ?, ?, ?)", id, organisationId, name, now());
        return id;
    }

    /** A user with {@link #PASSWORD}; the username is returned. */
    public String user(UUID organisationId, Role... roles) {
        String username = unique("user").toLowerCase();
        UUID id = UUID.randomUUID();
        jdbc.update("insert into app_user (id, username, display_name, email, password_hash, organisation_id, enabled, created_at) "
                + "values (?, ?, ?, ?, ?, ?, true, ?)", id, username, "Test " + username, username + "@example.org",
                passwords.encode(PASSWORD), organisationId, now());
        for (Role role : roles) {
            jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role.name());
        }
        return username;
    }

    public UUID userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", UUID.class, username);
    }

    public void clearSignInFailures() {
        jdbc.update("delete from sign_in_failure");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
