package org.joinery.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Embedded H2 unless JOINERY_DB_URL names a PostgreSQL database. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DataSource dataSource(JoineryProperties properties) {
        JoineryProperties.Db db = properties.db() == null ? new JoineryProperties.Db(null, null, null, 10) : properties.db();
        HikariConfig config = new HikariConfig();
        config.setPoolName("joinery");
        config.setMaximumPoolSize(db.poolSize());
        if (db.embedded()) {
            log.warn(String.format(EmbeddedDatabase.WARNING, properties.dataDir().toAbsolutePath()));
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
}
