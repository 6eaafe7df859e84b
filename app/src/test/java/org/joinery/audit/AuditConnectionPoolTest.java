package org.joinery.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording an access never waits for a connection that request work holds: the audit log has
 * connections of its own. Here requests have only {@value #POOL_SIZE}.
 */
@IntegrationTest
@TestPropertySource(properties = "joinery.db.pool-size=" + AuditConnectionPoolTest.POOL_SIZE)
class AuditConnectionPoolTest {

    static final int POOL_SIZE = 2;

    @Autowired
    AccessGate gate;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    private Grant readOwnLog(Actor officer) {
        return gate.authorise(officer, Action.READ, DataRef.of(DataCategory.AUDIT_LOG, officer.organisationId()),
                Purpose.AUDIT_OVERSIGHT);
    }

    @Test
    void aDecisionIsRecordedWhileEveryRequestConnectionIsHeld() throws Exception {
        Actor officer = AuditFixtures.actor("held.officer", UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                held.add(dataSource.getConnection());
            }
            assertThat(readOwnLog(officer).decision().allowed()).isTrue();
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(jdbc.sql("select actor_username from audit_entry order by seq desc limit 1").query(String.class).single())
                .isEqualTo("held.officer");
    }

    @Test
    void asManyTransactionalRequestsAsThePoolHoldsAreAllAudited() throws Exception {
        CyclicBarrier allHoldAConnection = new CyclicBarrier(POOL_SIZE);
        ExecutorService requests = Executors.newFixedThreadPool(POOL_SIZE);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < POOL_SIZE; i++) {
                Actor officer = AuditFixtures.actor("busy.officer" + i, UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);
                outcomes.add(requests.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                    jdbc.sql("select count(*) from organisation").query(Long.class).single();
                    try {
                        allHoldAConnection.await(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("The requests did not all start", e);
                    }
                    return readOwnLog(officer).decision().allowed();
                })));
            }
            for (Future<Boolean> outcome : outcomes) {
                assertThat(outcome.get(2, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where actor_username like 'busy.officer%' and allowed")
                .query(Long.class).single()).isEqualTo(POOL_SIZE);
    }
}
