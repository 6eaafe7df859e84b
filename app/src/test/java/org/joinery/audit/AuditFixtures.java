package org.joinery.audit;

import java.util.Set;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRefused;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Actors, decisions and deliberate tampering for the audit tests. */
public final class AuditFixtures {

    private AuditFixtures() {
    }

    public static Actor actor(String username, UUID organisationId, Role... roles) {
        return new Actor(UUID.randomUUID(), username, organisationId, false, Set.of(roles));
    }

    /** An actor of the host organisation, which runs this Joinery. */
    public static Actor hostActor(String username, UUID organisationId, Role... roles) {
        return new Actor(UUID.randomUUID(), username, organisationId, true, Set.of(roles));
    }

    /** An allowed decision: an information governance officer reads their own organisation's log. */
    public static void allowed(AccessGate gate, Actor officer, String subject) {
        gate.authorise(officer, Action.READ, new DataRef(DataCategory.AUDIT_LOG, subject, null, officer.organisationId()),
                Purpose.AUDIT_OVERSIGHT);
    }

    /** A refused decision: nobody may read a staff account for direct care (no rule allows it). */
    public static void refused(AccessGate gate, Actor actor, String subject) {
        refused(gate, actor, subject, null);
    }

    /** A refused decision about data held by the given organisation. */
    public static void refused(AccessGate gate, Actor actor, String subject, UUID dataOrganisationId) {
        try {
            gate.authorise(actor, Action.READ, DataRef.subject(DataCategory.STAFF_ACCOUNT, subject, dataOrganisationId),
                    Purpose.DIRECT_CARE);
            throw new AssertionError("Expected a refusal");
        } catch (AccessRefused expected) {
            // recorded by the gate
        }
    }

    /**
     * Runs SQL with the append-only trigger out of the way, as a database superuser could: on
     * PostgreSQL by disabling it, on H2 by dropping it. The hash chain must still notice.
     */
    public static void tamper(JdbcClient jdbc, String sql) {
        if (TestDatabase.onPostgres()) {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_or_delete").update();
        } else {
            jdbc.sql("drop trigger if exists audit_entry_no_update_or_delete").update();
        }
        jdbc.sql(sql).update();
    }
}
