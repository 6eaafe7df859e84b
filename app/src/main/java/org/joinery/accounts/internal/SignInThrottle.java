package org.joinery.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.joinery.platform.InstallationSecret;
import org.joinery.platform.JoineryProperties;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts per username and per client address in the database ({@link SignInFailureStore}), so that every
 * instance sees the same count and a restart does not reset it. An attempt is counted before its
 * password is checked, each row committed on its own before the count is read: of any number of
 * parallel attempts, at most the limit see a count within it, so at most the limit are checked.
 * Keys are stored as an HMAC under this installation's own secret: a plain hash of a username or
 * an IPv4 address is reversed by hashing every candidate.
 */
@Component
class SignInThrottle {

    /** One attempt, already counted; {@code allowed} says whether its password may be checked. */
    record Attempt(UUID id, String username, boolean allowed) {
    }

    private final SignInFailureStore failures;
    private final Clock clock;
    private final JoineryProperties.SignIn limits;
    private final InstallationSecret secrets;

    SignInThrottle(SignInFailureStore failures, Clock clock, JoineryProperties properties, InstallationSecret secrets) {
        this.failures = failures;
        this.clock = clock;
        this.limits = properties.signIn();
        this.secrets = secrets;
    }

    /**
     * Counts an attempt, then says whether the username and the address are each still within
     * their limit. A refused attempt stays counted: trying while locked out keeps the lock.
     */
    Attempt begin(String username, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(limits.window());
        failures.forgetBefore(since);
        UUID attempt = UUID.randomUUID();
        String usernameKey = usernameKey(username);
        failures.record(usernameKey, now, attempt);
        boolean allowed = failures.attemptsSince(usernameKey, since) <= limits.maxFailures();
        if (address != null) {
            String addressKey = addressKey(address);
            failures.record(addressKey, now, attempt);
            allowed &= failures.attemptsSince(addressKey, since) <= limits.maxFailuresPerAddress();
        }
        return new Attempt(attempt, username, allowed);
    }

    /** A successful sign-in clears the username's count and does not count against its address. */
    void succeeded(Attempt attempt) {
        failures.forgetAttempt(attempt.id());
        failures.forgetKey(usernameKey(attempt.username()));
    }

    String usernameKey(String username) {
        return hmac("username:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    String addressKey(String address) {
        return hmac("address:" + address);
    }

    private String hmac(String text) {
        return secrets.keyedHash("sign-in-throttle", text);
    }
}
