package org.joinery.audit;

import java.util.Optional;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.springframework.stereotype.Component;

/**
 * Information governance officers may read the audit log for oversight. They, administrators and
 * Joinery's own command line may check that it has not been changed, which tells them the result
 * but shows them no entry. Nobody may write to it except through the gate's recorder.
 */
@Component
class AuditAccessRule implements AccessRule {

    static final String VERIFY_PROCESS = "audit-verify";
    static final String OVERSIGHT_RULE = "ig-audit-oversight";
    static final String INTEGRITY_CHECK_RULE = "audit-integrity-check";

    @Override
    public Optional<Decision> apply(AccessRequest request) {
        if (request.data().category() != DataCategory.AUDIT_LOG) {
            return Optional.empty();
        }
        if (request.action() != Action.READ) {
            return Optional.of(Decision.refuse("audit-append-only", "The audit log is append-only."));
        }
        Actor actor = request.actor();
        if (request.purpose() == Purpose.AUDIT_OVERSIGHT && actor.has(Role.INFORMATION_GOVERNANCE_OFFICER)) {
            return Optional.of(Decision.allow(OVERSIGHT_RULE, "Information governance officers review the audit log."));
        }
        if (request.purpose() == Purpose.AUDIT_INTEGRITY_CHECK && mayCheckIntegrity(actor)) {
            return Optional.of(Decision.allow(INTEGRITY_CHECK_RULE,
                    "Checking that the audit log has not been changed shows the result, not the entries."));
        }
        return Optional.empty();
    }

    private static boolean mayCheckIntegrity(Actor actor) {
        return actor.has(Role.INFORMATION_GOVERNANCE_OFFICER) || actor.has(Role.ADMINISTRATOR)
                || actor.equals(AuditVerifyProcess.ACTOR);
    }
}
