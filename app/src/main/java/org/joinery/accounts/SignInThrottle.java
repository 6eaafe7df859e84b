package org.joinery.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import org.joinery.platform.JoineryProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and per client address in the database, so that every
 * instance sees the same count and a restart does not reset it. Keys are stored hashed.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JoineryProperties.SignIn limits;

    SignInThrottle(JdbcClient jdbc, Clock clock, JoineryProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = properties.signIn();
    }

    /** Whether the username or the address has failed too often within the window. */
    boolean locked(String username, String address) {
        Instant since = clock.instant().minus(limits.window());
        return failuresSince(usernameKey(username), since) >= limits.maxFailures()
                || (address != null && failuresSince(addressKey(address), since) >= limits.maxFailures());
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from sign_in_failure where failed_at < ?").param(utc(now.minus(limits.window()))).update();
        record(usernameKey(username), now);
        if (address != null) {
            record(addressKey(address), now);
        }
    }

    /** A successful sign-in clears the username's count; the address's count stands. */
    void succeeded(String username) {
        jdbc.sql("delete from sign_in_failure where key_hash = ?").param(usernameKey(username)).update();
    }

    private int failuresSince(String key, Instant since) {
        return jdbc.sql("select count(*) from sign_in_failure where key_hash = ? and failed_at >= ?")
                .params(key, utc(since)).query(Integer.class).single();
    }

    private void record(String key, Instant now) {
        jdbc.sql("insert into sign_in_failure (key_hash, failed_at) values (?, ?)").params(key, utc(now)).update();
    }

    private static String usernameKey(String username) {
        return sha256("username:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    private static String addressKey(String address) {
        return sha256("address:" + address);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
