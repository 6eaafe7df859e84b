package org.joinery.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.accounts.Fixtures;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Which pre-provisioned account someone signed in by the identity provider becomes, if any. */
@IntegrationTest
class OidcAccountsTest {

    @Autowired
    OidcAccounts oidc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    Fixtures fixtures;
    UUID organisation;
    String username;
    String email;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        organisation = fixtures.organisation(Fixtures.unique("Trust"), false);
        username = fixtures.user(organisation, Role.PRACTITIONER);
        email = username + "@example.org";
    }

    @Test
    void aFirstSignInWithAVerifiedEmailFindsTheAccountAndLinksTheSubject() {
        String subject = "sub-" + UUID.randomUUID();
        assertThat(oidc.match(subject, email.toUpperCase(), true)).hasValueSatisfying(account ->
                assertThat(account.username()).isEqualTo(username));
        assertThat(jdbc.queryForObject("select oidc_subject from app_user where username = ?", String.class, username)).isEqualTo(subject);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = 'system:sign-in' "
                + "and action = 'WRITE' and rule = 'oidc-link' and subject_id = ?", Long.class, fixtures.userId(username).toString()))
                .isEqualTo(1L);
    }

    @Test
    void onceLinkedTheSubjectAloneIdentifiesThePersonWhateverTheEmail() {
        String subject = "sub-" + UUID.randomUUID();
        oidc.match(subject, email, true);
        assertThat(oidc.match(subject, "changed@example.org", false)).hasValueSatisfying(account ->
                assertThat(account.username()).isEqualTo(username));
    }

    @Test
    void anUnverifiedEmailIsNotEnoughToMatch() {
        assertThat(oidc.match("sub-" + UUID.randomUUID(), email, false)).isEmpty();
        assertThat(jdbc.queryForObject("select oidc_subject from app_user where username = ?", String.class, username)).isNull();
    }

    @Test
    void someoneWithNoJoineryAccountIsRefused() {
        assertThat(oidc.match("sub-" + UUID.randomUUID(), "stranger-" + UUID.randomUUID() + "@example.org", true)).isEmpty();
    }

    @Test
    void aDisabledAccountIsRefusedEvenWhenLinked() {
        String subject = "sub-" + UUID.randomUUID();
        oidc.match(subject, email, true);
        jdbc.update("update app_user set enabled = false where username = ?", username);
        assertThat(oidc.match(subject, email, true)).isEmpty();
    }

    @Test
    void anEmailAlreadyLinkedToAnotherSubjectIsNotTakenOver() {
        oidc.match("sub-first-" + UUID.randomUUID(), email, true);
        assertThat(oidc.match("sub-second-" + UUID.randomUUID(), email, true)).isEmpty();
    }

    @Test
    void twoAccountsSharingAnEmailMatchNeither() {
        String twin = fixtures.user(organisation, Role.PRACTITIONER);
        jdbc.update("update app_user set email = ? where username = ?", email, twin);
        assertThat(oidc.match("sub-" + UUID.randomUUID(), email, true)).isEmpty();
    }
}
