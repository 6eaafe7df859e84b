package org.joinery.sharing;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Small pieces of test data the sharing tests share. */
final class SharingTestData {

    private SharingTestData() {
    }

    /** A user to name as the author of agreements written straight into the table (created_by must be a user). */
    static UUID anAuthor(JdbcTemplate jdbc) {
        UUID organisation = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        jdbc.update("insert into organisation (id, name, type, host, created_at) values (?, ?, 'COUNCIL_SERVICE', false, current_timestamp)",
                organisation, "Authors " + user);
        jdbc.update("""
                insert into app_user (id, username, display_name, email, password_hash, organisation_id, enabled, created_at)
                values (?, ?, 'Agreement author', 'author@example.org', 'x', ?, true, current_timestamp)""",
                user, "author-" + user.toString().substring(0, 8), organisation);
        return user;
    }
}
