package org.joinery.accounts;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Random secrets of this installation, generated on first use and kept in the database so that
 * every instance and every restart uses the same one. Never in the repository or configuration.
 */
@Component
class InstallationSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ConcurrentMap<String, byte[]> known = new ConcurrentHashMap<>();

    InstallationSecret(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The 32-byte secret of this name, made now if there is none yet. */
    byte[] named(String name) {
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

    private java.util.Optional<byte[]> load(String name) {
        return jdbc.sql("select secret from installation_secret where name = ?").param(name).query(String.class)
                .optional().map(HexFormat.of()::parseHex);
    }
}
