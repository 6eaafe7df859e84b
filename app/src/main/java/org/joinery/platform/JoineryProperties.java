package org.joinery.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of Joinery. Each can be given as an environment variable (JOINERY_DB_URL for
 * joinery.db.url, and so on) or as the Spring property; the README has the table.
 */
@ConfigurationProperties("joinery")
public record JoineryProperties(
        Db db,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("30m") Duration sessionTimeout,
        @DefaultValue("12h") Duration sessionMaxLifetime,
        @DefaultValue SignIn signIn) {

    /** @param auditPoolSize connections of the audit log's own pool, so that recording never waits for request work */
    public record Db(String url, String user, String password, @DefaultValue("10") int poolSize,
            @DefaultValue("2") int auditPoolSize) {
        public boolean embedded() {
            return url == null || url.isBlank();
        }
    }

    /**
     * Failed sign-ins allowed per username, and per client address, within the window. The
     * address limit is far higher: a whole NHS trust or council may reach us from one address.
     */
    public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("100") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window) {
    }
}
