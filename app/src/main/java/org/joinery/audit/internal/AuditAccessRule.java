package org.joinery.audit.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.AccessFacts;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.audit.AuditVerifyProcess;
import org.springframework.stereotype.Component;

/**
 * Information governance officers may read the audit log for oversight: their own organisation's
 * entries (the request names the organisation), or, in the host organisation that runs Joinery,
 * the whole partnership's. Asking for more is refused. They, administrators and Joinery's own
 * command line may check that the log has not been changed, which walks every entry but tells them
 * the result only. Nobody may write to it except through the gate's recorder.
 */
@Component
class AuditAccessRule implements AccessRule {

    static final String OVERSIGHT_RULE = "ig-audit-oversight";
    static final String HOST_OVERSIGHT_RULE = "host-ig-audit-oversight";
    static final String OTHER_ORGANISATION_RULE = "ig-audit-own-organisation-only";
    static final String INTEGRITY_CHECK_RULE = "audit-integrity-check";

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.AUDIT_LOG);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        if (request.action() != Action.READ) {
            return Optional.of(Decision.refuse("audit-append-only", "The audit log is append-only."));
        }
        Actor actor = request.actor();
        if (request.purpose() == Purpose.AUDIT_OVERSIGHT && actor.has(Role.INFORMATION_GOVERNANCE_OFFICER)) {
            return Optional.of(oversight(actor, request.data().organisationId()));
        }
        if (request.purpose() == Purpose.AUDIT_INTEGRITY_CHECK && mayCheckIntegrity(actor)) {
            return Optional.of(Decision.allow(INTEGRITY_CHECK_RULE,
                    "Checking that the audit log has not been changed shows the result, not the entries."));
        }
        return Optional.empty();
    }

    /** A null organisation asks for every organisation's entries. */
    private static Decision oversight(Actor actor, UUID organisationId) {
        if (actor.hostOrganisation()) {
            return Decision.allow(HOST_OVERSIGHT_RULE,
                    "Information governance officers of the host organisation review the whole partnership's audit log.");
        }
        if (organisationId != null && organisationId.equals(actor.organisationId())) {
            return Decision.allow(OVERSIGHT_RULE, "Information governance officers review their own organisation's audit log.");
        }
        return Decision.refuse(OTHER_ORGANISATION_RULE,
                "Information governance officers review only the audit entries of their own organisation.");
    }

    private static boolean mayCheckIntegrity(Actor actor) {
        return actor.has(Role.INFORMATION_GOVERNANCE_OFFICER) || actor.has(Role.ADMINISTRATOR)
                || actor.equals(AuditVerifyProcess.ACTOR);
    }
}
