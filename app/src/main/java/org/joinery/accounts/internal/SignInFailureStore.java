package org.joinery.accounts.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign_in_failure table: counted sign-in attempts under keyed hashes of usernames and addresses. Not
 * personal data (the keys are HMACs under the installation's secret), so no grant is asked for.
 */
@Repository
class SignInFailureStore {

    private final JdbcClient jdbc;

    SignInFailureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void forgetBefore(Instant since) {
        jdbc.sql("delete from sign_in_failure where failed_at < ?").param(utc(since)).update();
    }

    int attemptsSince(String key, Instant since) {
        return jdbc.sql("select count(*) from sign_in_failure where key_hash = ? and failed_at >= ?")
                .params(key, utc(since)).query(Integer.class).single();
    }

    void record(String key, Instant now, UUID attempt) {
        jdbc.sql("insert into sign_in_failure (key_hash, failed_at, attempt) values (?, ?, ?)")
                .params(key, utc(now), attempt).update();
    }

    void forgetAttempt(UUID attempt) {
        jdbc.sql("delete from sign_in_failure where attempt = ?").param(attempt).update();
    }

    void forgetKey(String key) {
        jdbc.sql("delete from sign_in_failure where key_hash = ?").param(key).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
