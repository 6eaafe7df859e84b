package org.joinery.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What only PostgreSQL can refuse. Runs in the PostgreSQL execution alone: H2 has no TRUNCATE
 * trigger, which docs/architecture.md names as a limit the hash chain covers.
 */
@IntegrationTest
@Tag("postgresql-only")
class PostgresqlAuditLogTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void postgresqlRefusesToEmptyTheAuditLog() {
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
    }
}
