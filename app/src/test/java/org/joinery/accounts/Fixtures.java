package org.joinery.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.TestStaff;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data written straight into the tables (through {@link TestStaff} where it can), so that a
 * test of the pages does not depend on the pages it tests. Names carry a random suffix because test
 * classes may share a database.
 */
public final class Fixtures {

    public static final String PASSWORD = TestStaff.PASSWORD;

    private final JdbcTemplate jdbc;
    private final TestStaff staff;

    public Fixtures(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.staff = new TestStaff(jdbc, passwords);
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
        return staff.organisation(name, "COUNCIL_SERVICE", host);
    }

    public UUID team(UUID organisationId, String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into team (id, organisation_id, name, created_at) values (?, ?, ?, ?)", id, organisationId, name,
                Timestamp.from(Instant.now()));
        return id;
    }

    /** A user with {@link #PASSWORD} and the email address username@example.org; the username is returned. */
    public String user(UUID organisationId, Role... roles) {
        String username = unique("user").toLowerCase();
        return staff.user(organisationId, username, "Test " + username, roles);
    }

    public UUID userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", UUID.class, username);
    }

    public void clearSignInFailures() {
        jdbc.update("delete from sign_in_failure");
    }
}
