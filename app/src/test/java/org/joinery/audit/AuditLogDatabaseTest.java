package org.joinery.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRefused;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log in the real database: what the gate writes, and what the database refuses. */
@IntegrationTest
class AuditLogDatabaseTest {

    @Autowired
    AccessGate gate;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditEntries entries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private final Actor officer = AuditFixtures.actor("ig.officer", UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);
    private final Actor practitioner = AuditFixtures.actor("practitioner", UUID.randomUUID(), Role.PRACTITIONER);
    private final Actor administrator = AuditFixtures.actor("admin", UUID.randomUUID(), Role.ADMINISTRATOR);

    private String lastEntry(String columns) throws Exception {
        // A connection of its own: the entry must already be committed, not merely written.
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "select " + columns + " from audit_entry order by seq desc limit 1")) {
            assertThat(rs.next()).isTrue();
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            return row.toString();
        }
    }

    @Test
    void aRefusedAccessLeavesAnEntryUnderTheDefaultDenyRule() throws Exception {
        assertThatThrownBy(() -> gate.authorise(practitioner, Action.READ,
                DataRef.subject(DataCategory.STAFF_ACCOUNT, "staff-42", null), Purpose.DIRECT_CARE))
                .isInstanceOfSatisfying(AccessRefused.class, refused -> assertThat(refused.rule()).isEqualTo("default-deny"));
        assertThat(lastEntry("actor_username, action, category, subject_id, purpose, allowed, rule"))
                .isEqualTo("practitioner|READ|STAFF_ACCOUNT|staff-42|DIRECT_CARE|" + bool(false) + "|default-deny");
    }

    @Test
    void anAllowedAccessIsCommittedToTheLogBeforeTheGrantIsReturned() throws Exception {
        var grant = gate.authorise(officer, Action.READ, new DataRef(DataCategory.AUDIT_LOG, "staff-7", null,
                officer.organisationId()), Purpose.AUDIT_OVERSIGHT);
        assertThat(grant.decision().allowed()).isTrue();
        assertThat(lastEntry("actor_username, subject_id, allowed, rule"))
                .isEqualTo("ig.officer|staff-7|" + bool(true) + "|ig-audit-oversight");
    }

    private static String bool(boolean value) {
        // JDBC drivers render booleans differently as strings.
        return TestDatabase.onPostgres() ? (value ? "t" : "f") : Boolean.toString(value).toUpperCase();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnAuditEntry() {
        AuditFixtures.allowed(gate, officer, null);
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set reason = 'nothing to see'").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(chain.verify(officer).intact()).isTrue();
    }

    @Test
    void theEndOfTheChainStaysUpdatableSoThatEntriesCanBeAppended() {
        assertThat(jdbc.sql("update audit_head set last_seq = last_seq where id = 1").update()).isEqualTo(1);
    }

    @Test
    void anAdministratorCanCheckTheLogButNotReadIt() {
        assertThat(chain.verify(administrator).intact()).isTrue();
        assertThatThrownBy(() -> AuditFixtures.allowed(gate, administrator, null))
                .isInstanceOfSatisfying(AccessRefused.class, refused -> assertThat(refused.rule()).isEqualTo("default-deny"));
    }

    @Test
    void aGrantToCheckTheLogCannotBeUsedToListEntries() {
        var check = gate.authorise(administrator, Action.READ, DataRef.of(DataCategory.AUDIT_LOG, null),
                Purpose.AUDIT_INTEGRITY_CHECK);
        assertThatThrownBy(() -> entries.newest(check, AuditFilter.ALL, 50, 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AUDIT_INTEGRITY_CHECK");
    }

    @Test
    void aPractitionerCannotCheckOrReadTheLog() {
        assertThatThrownBy(() -> chain.verify(practitioner)).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> AuditFixtures.allowed(gate, practitioner, null)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void nobodyMayWriteToTheLogThroughTheGate() {
        assertThatThrownBy(() -> gate.authorise(officer, Action.WRITE, DataRef.of(DataCategory.AUDIT_LOG, null),
                Purpose.AUDIT_OVERSIGHT))
                .isInstanceOfSatisfying(AccessRefused.class, refused -> assertThat(refused.rule()).isEqualTo("audit-append-only"));
    }

    @Test
    void checkingTheLogIsItselfAuditedAsAnIntegrityCheck() throws Exception {
        var result = chain.verify(officer);
        assertThat(result.intact()).isTrue();
        assertThat(lastEntry("seq, actor_username, purpose, rule"))
                .isEqualTo(result.lastSeq() + "|ig.officer|AUDIT_INTEGRITY_CHECK|audit-integrity-check");
    }

    @Test
    void aGrantForTheAuditLogCannotOpenAStaffAccount() {
        var auditGrant = gate.authorise(officer, Action.READ, DataRef.of(DataCategory.AUDIT_LOG, officer.organisationId()),
                Purpose.AUDIT_OVERSIGHT);
        assertThatThrownBy(() -> auditGrant.require(DataCategory.STAFF_ACCOUNT, Action.READ))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A grant to READ AUDIT_LOG cannot be used to READ STAFF_ACCOUNT");
    }

    @Test
    void askingForAnotherOrganisationsAuditLogIsRefusedAndAudited() throws Exception {
        UUID elsewhere = UUID.randomUUID();
        assertThatThrownBy(() -> gate.authorise(officer, Action.READ, DataRef.of(DataCategory.AUDIT_LOG, elsewhere),
                Purpose.AUDIT_OVERSIGHT))
                .isInstanceOfSatisfying(AccessRefused.class,
                        refused -> assertThat(refused.rule()).isEqualTo("ig-audit-own-organisation-only"));
        assertThat(lastEntry("actor_username, data_organisation_id, allowed, rule"))
                .isEqualTo("ig.officer|" + elsewhere + "|" + bool(false) + "|ig-audit-own-organisation-only");
    }

    @Test
    void anInformationGovernanceOfficerOutsideTheHostOrganisationCannotAskForTheWholePartnershipsLog() throws Exception {
        assertThatThrownBy(() -> gate.authorise(officer, Action.READ, DataRef.of(DataCategory.AUDIT_LOG, null),
                Purpose.AUDIT_OVERSIGHT))
                .isInstanceOfSatisfying(AccessRefused.class,
                        refused -> assertThat(refused.rule()).isEqualTo("ig-audit-own-organisation-only"));
        assertThat(lastEntry("actor_username, allowed")).isEqualTo("ig.officer|" + bool(false));
    }

    @Test
    void aGrantForOneOrganisationListsOnlyEntriesWhereItActedOrWhoseDataItWas() {
        UUID ours = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        Actor ourWorker = AuditFixtures.actor("our.worker", ours, Role.PRACTITIONER);
        Actor theirWorker = AuditFixtures.actor("their.worker", theirs, Role.PRACTITIONER);
        AuditFixtures.refused(gate, ourWorker, "our-own");
        AuditFixtures.refused(gate, theirWorker, "about-ours", ours);
        AuditFixtures.refused(gate, theirWorker, "their-own", theirs);
        AuditFixtures.refused(gate, theirWorker, "nobodys", null);
        // Even a grant the host asked for: the store lists what the grant names, not more.
        Actor hostOfficer = AuditFixtures.hostActor("host.officer", UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);
        var grant = gate.authorise(hostOfficer, Action.READ, DataRef.of(DataCategory.AUDIT_LOG, ours), Purpose.AUDIT_OVERSIGHT);

        assertThat(entries.newest(grant, AuditFilter.ALL, 50, 0)).extracting(listed -> listed.entry().subjectId())
                .containsExactly(null, "about-ours", "our-own");
        assertThat(entries.count(grant, AuditFilter.ALL)).isEqualTo(3);
    }

    @Test
    void anInformationGovernanceOfficerOfTheHostOrganisationReadsTheWholePartnershipsLog() {
        Actor worker = AuditFixtures.actor("any.worker", UUID.randomUUID(), Role.PRACTITIONER);
        AuditFixtures.refused(gate, worker, "anywhere", UUID.randomUUID());
        Actor hostOfficer = AuditFixtures.hostActor("host.officer", UUID.randomUUID(), Role.INFORMATION_GOVERNANCE_OFFICER);
        var grant = gate.authorise(hostOfficer, Action.READ, DataRef.of(DataCategory.AUDIT_LOG, null), Purpose.AUDIT_OVERSIGHT);

        assertThat(grant.decision().rule()).isEqualTo("host-ig-audit-oversight");
        assertThat(entries.newest(grant, new AuditFilter("any.worker", null, null), 50, 0))
                .extracting(listed -> listed.entry().subjectId()).containsExactly("anywhere");
        assertThat(entries.count(grant, AuditFilter.ALL)).isEqualTo(chain.verify(administrator).lastSeq() - 1);
    }
}
