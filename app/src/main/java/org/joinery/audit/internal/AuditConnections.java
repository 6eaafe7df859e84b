package org.joinery.audit.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Supplier;
import org.joinery.platform.DatabaseConfiguration;
import org.joinery.platform.JoineryProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's own small connection pool and transactions. The gate records a decision while
 * the request's transaction may already hold a connection; if recording needed a second one from
 * the same pool, a burst of requests could each hold one and all wait for another until they fail
 * as audit-unavailable. Appends are one at a time on the lock on audit_head, so the recorder's one writer
 * appends them a batch at a time ({@link AuditRecorder}); the pool needs a connection for it and few more.
 */
@Component
class AuditConnections implements DisposableBean {

    private final HikariDataSource pool;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    AuditConnections(JoineryProperties properties) {
        this.pool = DatabaseConfiguration.pool(properties, "joinery-audit", JoineryProperties.Db::auditPoolSize);
        this.jdbc = JdbcClient.create(pool);
        this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Statements on the audit pool, inside {@link #inOwnTransaction}. */
    JdbcClient jdbc() {
        return jdbc;
    }

    /** Runs the work in a transaction of its own on the audit pool, committed before this returns. */
    <T> T inOwnTransaction(Supplier<T> work) {
        return ownTransaction.execute(status -> work.get());
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
