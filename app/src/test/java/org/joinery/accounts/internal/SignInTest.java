package org.joinery.accounts.internal;

import org.joinery.testing.WebSession;
import static org.assertj.core.api.Assertions.assertThat;
import org.joinery.accounts.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    org.joinery.platform.JoineryProperties properties;

    Fixtures fixtures;
    String practitioner;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        fixtures.clearSignInFailures();
        practitioner = fixtures.user(fixtures.organisation(Fixtures.unique("Org"), false), Role.PRACTITIONER);
    }

    @Test
    void aPractitionerSignsInWithTheRightPasswordAndSeesTheirHomePage() {
        WebSession browser = new WebSession(port);
        WebSession.Page signedIn = browser.signIn(practitioner, Fixtures.PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/");
        WebSession.Page home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.document().text()).contains("Signed in as Test " + practitioner);
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameFailWithTheSameGenericMessage() {
        WebSession.Page wrongPassword = new WebSession(port).signIn(practitioner, "not the password at all");
        WebSession.Page unknownUser = new WebSession(port).signIn("nobody-" + UUID.randomUUID(), "not the password at all");
        assertThat(wrongPassword.status()).isEqualTo(302);
        assertThat(wrongPassword.location()).isEqualTo(unknownUser.location()).endsWith("/sign-in?error");

        WebSession.Page shown = new WebSession(port).get("/sign-in?error");
        assertThat(shown.errorSummary())
                .isEqualTo("There is a problem Enter a correct username and password. "
                        + "After 5 wrong attempts you must wait 15 minutes before trying again.");
        assertThat(shown.document().title()).startsWith("Error: Sign in to Joinery");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedWithTheSameMessage() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(new WebSession(port).signIn(practitioner, "wrong password " + attempt).location()).endsWith("/sign-in?error");
        }
        WebSession.Page locked = new WebSession(port).signIn(practitioner, Fixtures.PASSWORD);
        assertThat(locked.status()).isEqualTo(302);
        assertThat(locked.location()).endsWith("/sign-in?error");
    }

    @Test
    void aBurstOfParallelWrongPasswordsHasNoMoreThanTheLimitCheckedAndThenLocksTheAccount() throws Exception {
        int burst = 12;
        List<WebSession> browsers = new java.util.ArrayList<>();
        List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < burst; i++) {
            WebSession browser = new WebSession(port);
            tokens.add(browser.csrfToken("/sign-in"));
            browsers.add(browser);
        }
        long checkedBefore = credentialReads();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(burst);
        try {
            List<java.util.concurrent.Future<String>> responses = new java.util.ArrayList<>();
            for (int i = 0; i < burst; i++) {
                WebSession browser = browsers.get(i);
                String token = tokens.get(i);
                String guess = "wrong password " + i;
                responses.add(pool.submit(() -> {
                    start.await();
                    return describe(browser.post("/sign-in", List.of(Map.entry("_csrf", token),
                            Map.entry("username", practitioner), Map.entry("password", guess))));
                }));
            }
            start.countDown();
            for (var response : responses) {
                assertThat(response.get()).isEqualTo("302 /sign-in?error");
            }
        } finally {
            pool.shutdownNow();
        }
        // Each password check reads the account's credentials through the gate, leaving an audit entry.
        assertThat(credentialReads() - checkedBefore).as("passwords checked in the burst").isLessThanOrEqualTo(5);
        assertThat(describe(new WebSession(port).signIn(practitioner, Fixtures.PASSWORD)))
                .as("the right password while the username is locked").isEqualTo("302 /sign-in?error");
    }

    @Test
    void aRealAndAnUnknownUsernameAreLockedOutIdentically() {
        String unknown = "nobody-" + UUID.randomUUID();
        List<String> realResponses = new java.util.ArrayList<>();
        List<String> unknownResponses = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            realResponses.add(describe(new WebSession(port).signIn(practitioner, "wrong password")));
        }
        for (int attempt = 0; attempt < 7; attempt++) {
            unknownResponses.add(describe(new WebSession(port).signIn(unknown, "wrong password")));
        }
        assertThat(realResponses).isEqualTo(unknownResponses).allMatch(response -> response.equals("302 /sign-in?error"));
        assertThat(describe(new WebSession(port).signIn(practitioner, Fixtures.PASSWORD))).isEqualTo("302 /sign-in?error");
    }

    @Test
    void colleaguesSharingOneAddressDoNotLockEachOtherOutWithTheirMistakes() {
        for (int colleague = 0; colleague < 10; colleague++) {
            new WebSession(port).signIn("colleague-" + colleague, "mistyped password");
        }
        assertThat(new WebSession(port).signIn(practitioner, Fixtures.PASSWORD).location()).endsWith("/");
    }

    @Test
    void oneAddressIsLockedOnlyAfterItsOwnMuchHigherLimit() {
        int limit = properties.signIn().maxFailuresPerAddress();
        assertThat(limit).isEqualTo(100);
        for (int attempt = 0; attempt < limit; attempt++) {
            new WebSession(port).signIn("guess-" + attempt, "wrong password");
        }
        WebSession.Page refused = new WebSession(port).signIn(practitioner, Fixtures.PASSWORD);
        assertThat(refused.location()).endsWith("/sign-in?error");
        fixtures.clearSignInFailures();
        assertThat(new WebSession(port).signIn(practitioner, Fixtures.PASSWORD).location()).endsWith("/");
    }

    @Test
    void failuresAreKeptUnderTheInstallationsSecretSoTheirKeysCannotBeReversedByHashingGuesses() {
        new WebSession(port).signIn(practitioner, "wrong password");
        List<String> keys = jdbc.queryForList("select key_hash from sign_in_failure", String.class);
        List<String> guessable = List.of(practitioner, "127.0.0.1", sha256(practitioner), sha256("127.0.0.1"),
                sha256("username:" + practitioner), sha256("address:127.0.0.1"));
        assertThat(keys).hasSize(2).allMatch(key -> key.matches("[0-9a-f]{64}")).doesNotContainAnyElementsOf(guessable);
        assertThat(keys).containsExactlyInAnyOrder(throttle.usernameKey(practitioner), throttle.addressKey("127.0.0.1"));
        assertThat(jdbc.queryForObject("select count(*) from installation_secret", Integer.class)).isEqualTo(1);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndSignsNobodyIn() {
        WebSession browser = new WebSession(port);
        browser.get("/sign-in");
        WebSession.Page refused = browser.post("/sign-in",
                List.of(Map.entry("username", practitioner), Map.entry("password", Fixtures.PASSWORD)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void aPasswordLongerThanBcryptReadsFailsLikeAnyWrongPassword() {
        WebSession.Page refused = new WebSession(port).signIn(practitioner, "x".repeat(200));
        assertThat(refused.location()).endsWith("/sign-in?error");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        jdbc.update("update app_user set enabled = false where username = ?", practitioner);
        assertThat(new WebSession(port).signIn(practitioner, Fixtures.PASSWORD).location()).endsWith("/sign-in?error");
    }

    @Test
    void signingInLeavesAnAuditEntryForTheCredentialsRead() {
        long before = credentialReads();
        new WebSession(port).signIn(practitioner, Fixtures.PASSWORD);
        assertThat(credentialReads()).isEqualTo(before + 1);
    }

    @Test
    void aPasswordTypedIntoTheUsernameBoxIsNeverStoredInTheAuditLog() {
        String typedByMistake = "Secret-password-42";
        long before = credentialReads();
        new WebSession(port).signIn(typedByMistake, typedByMistake);
        assertThat(credentialReads()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_id like ? or record_id like ? or reason like ?",
                Long.class, "%" + typedByMistake + "%", "%" + typedByMistake + "%", "%" + typedByMistake + "%")).isZero();
    }

    @Test
    void aWrongPasswordIsAuditedUnderTheUsernameTriedAndTheGuessIsNeverKept() {
        new WebSession(port).signIn(practitioner, "guess-" + practitioner);
        List<Map<String, Object>> refused = refusedSignIns(practitioner);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0)).containsEntry("RULE", "sign-in-failed").containsEntry("CATEGORY", "STAFF_CREDENTIALS")
                .containsEntry("SUBJECT_ID", fixtures.userId(practitioner).toString());
        assertThat((String) refused.get(0).get("REASON")).contains("the password was wrong");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where reason like ? or subject_id like ?",
                Long.class, "%guess-%", "%guess-%")).isZero();
    }

    @Test
    void aLockoutIsAuditedUnderTheUsernameTriedEvenWhenTheRightPasswordIsThenGiven() {
        for (int attempt = 0; attempt < 5; attempt++) {
            new WebSession(port).signIn(practitioner, "wrong password " + attempt);
        }
        new WebSession(port).signIn(practitioner, Fixtures.PASSWORD);
        assertThat(refusedSignIns(practitioner)).extracting(entry -> entry.get("RULE"))
                .containsExactly("sign-in-failed", "sign-in-failed", "sign-in-failed", "sign-in-failed", "sign-in-failed",
                        "sign-in-locked-out");
        assertThat((String) refusedSignIns(practitioner).get(5).get("REASON")).contains("too many failed sign-ins")
                .contains("15 minutes");
    }

    @Test
    void aDisabledAccountsSignInIsAuditedAsRefusedBecauseItIsDisabled() {
        jdbc.update("update app_user set enabled = false where username = ?", practitioner);
        new WebSession(port).signIn(practitioner, Fixtures.PASSWORD);
        assertThat(refusedSignIns(practitioner)).extracting(entry -> entry.get("RULE")).containsExactly("sign-in-account-disabled");
    }

    @Test
    void aFailedSignInWithAnUnknownUsernameIsAuditedOnlyAsAKeyedHashOfWhatWasTyped() {
        String typed = "Nobody-" + UUID.randomUUID();
        new WebSession(port).signIn(typed, "any password");
        new WebSession(port).signIn(typed.toLowerCase(), "any password");
        List<String> subjects = jdbc.queryForList("select subject_id from audit_entry where rule = 'sign-in-failed' "
                + "and actor_username = 'system:sign-in' and subject_id like 'unknown username %' order by seq", String.class);
        String expected = "unknown username " + throttle.usernameKey(typed).substring(0, 16);
        assertThat(subjects).as("the same name, however capitalised, is one hash").endsWith(expected, expected);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username like ? or subject_id like ? "
                + "or reason like ?", Long.class, "%" + typed.substring(7) + "%", "%" + typed.substring(7) + "%",
                "%" + typed.substring(7) + "%")).isZero();
    }

    /** The refused sign-ins audited under an account's username, oldest first. */
    private List<Map<String, Object>> refusedSignIns(String username) {
        return jdbc.queryForList("select rule, category, subject_id, reason, data_organisation_id from audit_entry "
                + "where actor_username = ? and purpose = 'AUTHENTICATION' and allowed = false order by seq", username);
    }

    private long credentialReads() {
        return jdbc.queryForObject("select count(*) from audit_entry where category = 'STAFF_CREDENTIALS' "
                + "and rule = 'sign-in' and subject_id is null", Long.class);
    }

    @Test
    void withoutAnIdentityProviderConfiguredNothingOidcAppears() {
        WebSession browser = new WebSession(port);
        assertThat(browser.get("/sign-in").document().select("#identity-provider")).isEmpty();
        WebSession.Page providerPath = browser.get("/oauth2/authorization/oidc");
        assertThat(providerPath.location()).doesNotContain("authorize");
    }

    private static String describe(WebSession.Page page) {
        return page.status() + " " + page.location().replaceFirst("^https?://[^/]+", "");
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
