package org.joinery.testing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Puts test organisations and staff straight into the database, so a test can sign in through the
 * real sign-in form. Test code only: the application itself creates accounts through the access gate.
 * Every account gets {@link #PASSWORD}, hashed with the application's own password encoder.
 */
public final class TestStaff {

    public static final String PASSWORD = "correct horse battery staple";

    private final JdbcTemplate jdbc;
    private final String passwordHash;

    public TestStaff(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordHash = passwordEncoder.encode(PASSWORD);
    }

    /** A new organisation; the host organisation is the one that runs this Joinery. */
    public UUID organisation(String name, String type, boolean host) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into organisation (id, name, type, host, created_at) values (?, ?, ?, ?, ?)",
                id, name, type, host, Timestamp.from(Instant.now()));
        return id;
    }

    /** A new enabled account in the organisation, holding the given roles. */
    public String user(UUID organisationId, String username, String displayName, Role... roles) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into app_user (id, username, display_name, email, password_hash, organisation_id, enabled, created_at)
                values (?, ?, ?, ?, ?, ?, true, ?)
                """, id, username, displayName, username + "@example.org", passwordHash, organisationId,
                Timestamp.from(Instant.now()));
        for (Role role : roles) {
            jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role.name());
        }
        return username;
    }

    /** One account for each role in the organisation; the usernames start with the prefix. */
    public Map<Role, String> onePerRole(UUID organisationId, String prefix) {
        Map<Role, String> usernames = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT).replace('_', '-');
            usernames.put(role, user(organisationId, prefix + name, "Test " + name.replace('-', ' '), role));
        }
        return usernames;
    }
}
