package org.joinery.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class ResidentIndexConnectionsTest {

    @Autowired
    ResidentIndex index;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void rebuildingTheIndexAgainAndAgainGivesBackEveryDatabaseConnection() {
        UUID organisation = new TestStaff(jdbc, passwordEncoder).organisation("Index " + UUID.randomUUID(), "COUNCIL_SERVICE", false);
        ResidentFixtures residents = new ResidentFixtures(jdbc);
        UUID source = residents.source(organisation, "index-" + UUID.randomUUID().toString().substring(0, 8), false);
        long record = residents.record(source, "R1", "Ada", "Lovelace", "1985-12-10", "RM10 9AP", (LocalDate) null);
        residents.person("IDXC-0NNC-T", List.of(record));
        int poolSize = ((HikariDataSource) dataSource).getMaximumPoolSize();

        for (int i = 0; i <= poolSize; i++) {
            index.rebuild();
        }

        assertThat(((HikariDataSource) dataSource).getHikariPoolMXBean().getActiveConnections()).isZero();
    }
}
