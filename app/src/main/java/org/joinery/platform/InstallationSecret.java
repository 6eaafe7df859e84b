package org.joinery.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Random secrets of this installation, generated on first use and kept in the database so that
 * every instance and every restart uses the same one. Never in the repository or configuration.
 * Joinery's one keyed hash is here: wherever something a person typed is kept only so that it can be
 * recognised again (a username at sign-in, a resident's details at the front door), it is kept as an
 * HMAC under one of these secrets, because a plain hash of a name or a date of birth is reversed by
 * hashing every candidate.
 */
@Component
public class InstallationSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ConcurrentMap<String, byte[]> known = new ConcurrentHashMap<>();

    InstallationSecret(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** HMAC-SHA-256 of the text under the secret of this name, as 64 hex digits. */
    public String keyedHash(String secretName, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(named(secretName), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HMAC-SHA-256", e);
        }
    }

    /** The 32-byte secret of this name, made now if there is none yet. */
    private byte[] named(String name) {
        return known.computeIfAbsent(name, this::loadOrCreate).clone();
    }

    private byte[] loadOrCreate(String name) {
        return load(name).orElseGet(() -> {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            try {
                jdbc.sql("insert into installation_secret (name, secret) values (?, ?)")
                        .params(name, HexFormat.of().formatHex(secret)).update();
                return secret;
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                return load(name).orElseThrow();
            }
        });
    }

    private Optional<byte[]> load(String name) {
        return jdbc.sql("select secret from installation_secret where name = ?").param(name).query(String.class)
                .optional().map(HexFormat.of()::parseHex);
    }
}
