package org.joinery.sources.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import org.joinery.access.Actor;
import org.joinery.organisations.NotYourOrganisation;
import org.joinery.sources.ApiKeys;
import org.joinery.sources.SourceRegistration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The API keys (api_key): only each key's SHA-256 and first characters are kept. */
@Component
class ApiKeyStore implements ApiKeys {

    static final String KEY_START = "jky_";
    private static final int PREFIX_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiKeyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Created create(Actor actor, UUID organisationId, String name) {
        requireManages(actor, organisationId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = KEY_START + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        String prefix = key.substring(0, PREFIX_LENGTH);
        jdbc.sql("""
                insert into api_key (id, organisation_id, name, key_hash, key_prefix, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, name.strip(), hash(key), prefix, actor.userId(), Timestamp.from(clock.instant()))
                .update();
        return new Created(id, key, prefix);
    }

    @Override
    public List<Listed> of(UUID organisationId) {
        return jdbc.sql("select id, organisation_id, name, key_prefix, created_at, revoked_at, last_used_at from api_key"
                        + " where organisation_id = ? order by created_at desc")
                .param(organisationId).query(Listed.class).list();
    }

    @Override
    public Optional<Listed> find(UUID id) {
        return jdbc.sql("select id, organisation_id, name, key_prefix, created_at, revoked_at, last_used_at from api_key"
                + " where id = ?").param(id).query(Listed.class).optional();
    }

    @Override
    public void revoke(Actor actor, UUID keyId) {
        Listed key = find(keyId).orElseThrow(() -> new NotYourOrganisation(actor.username(), null));
        requireManages(actor, key.organisationId());
        jdbc.sql("update api_key set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), keyId).update();
    }

    @Override
    public Optional<Actor> authenticate(String key) {
        if (key == null || !key.startsWith(KEY_START)) {
            return Optional.empty();
        }
        String hash = hash(key);
        Optional<Actor> actor = jdbc.sql("select id, organisation_id, key_prefix from api_key where key_hash = ? and revoked_at is null")
                .param(hash)
                .query((rs, n) -> ApiKeyActor.of(rs.getObject("id", UUID.class), rs.getString("key_prefix"),
                        rs.getObject("organisation_id", UUID.class)))
                .optional();
        actor.ifPresent(a -> jdbc.sql("update api_key set last_used_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), a.userId()).update());
        return actor;
    }

    @Override
    public Actor withoutKey(String what) {
        return ApiKeyActor.unknown(what);
    }

    private static void requireManages(Actor actor, UUID organisationId) {
        if (actor.isSystem() || !SourceRegistration.mayManage(actor, organisationId)) {
            throw new NotYourOrganisation(actor.username(), organisationId);
        }
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
