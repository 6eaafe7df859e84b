package org.joinery.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.joinery.platform.JoineryProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and per client address in the database, so that every
 * instance sees the same count and a restart does not reset it. Keys are stored as an HMAC under
 * this installation's own secret: a plain hash of a username or an IPv4 address is reversed by
 * hashing every candidate.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JoineryProperties.SignIn limits;
    private final InstallationSecret secrets;

    SignInThrottle(JdbcClient jdbc, Clock clock, JoineryProperties properties, InstallationSecret secrets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = properties.signIn();
        this.secrets = secrets;
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

    String usernameKey(String username) {
        return hmac("username:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    String addressKey(String address) {
        return hmac("address:" + address);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.named("sign-in-throttle"), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HMAC-SHA-256", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
