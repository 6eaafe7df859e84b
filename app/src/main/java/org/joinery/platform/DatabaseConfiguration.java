package org.joinery.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Embedded H2 unless JOINERY_DB_URL names a PostgreSQL database. The audit log has a small pool of
 * its own on the same database, made here too ({@link #pool}), so that both are set up alike.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DataSource dataSource(JoineryProperties properties) {
        if (db(properties).embedded()) {
            log.warn(String.format(EmbeddedDatabase.WARNING, properties.dataDir().toAbsolutePath()));
        }
        return pool(properties, "joinery", JoineryProperties.Db::poolSize);
    }

    /**
     * A new connection pool on Joinery's database; the caller closes it.
     *
     * @param size which setting gives the most connections it holds, for example {@code Db::auditPoolSize}
     */
    public static HikariDataSource pool(JoineryProperties properties, String name, ToIntFunction<JoineryProperties.Db> size) {
        JoineryProperties.Db db = db(properties);
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(size.applyAsInt(db));
        if (db.embedded()) {
            config.setJdbcUrl(EmbeddedDatabase.jdbcUrl(properties.dataDir()));
            config.setUsername("sa");
            config.setPassword("");
        } else {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
        }
        return new HikariDataSource(config);
    }

    private static JoineryProperties.Db db(JoineryProperties properties) {
        return properties.db() == null ? new JoineryProperties.Db(null, null, null, 10, 4) : properties.db();
    }
}
