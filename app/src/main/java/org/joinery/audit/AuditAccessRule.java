package org.joinery.audit;

import java.util.Optional;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.springframework.stereotype.Component;

/**
 * Information governance officers may read the audit log for oversight, as may Joinery's own
 * chain verification. Nobody may write to it except through the gate's recorder.
 */
@Component
class AuditAccessRule implements AccessRule {

    static final String VERIFY_PROCESS = "audit-verify";

    @Override
    public Optional<Decision> apply(AccessRequest request) {
        if (request.data().category() != DataCategory.AUDIT_LOG) {
            return Optional.empty();
        }
        if (request.action() != Action.READ) {
            return Optional.of(Decision.refuse("audit-append-only", "The audit log is append-only."));
        }
        if (request.purpose() != Purpose.AUDIT_OVERSIGHT) {
            return Optional.empty();
        }
        if (request.actor().has(Role.INFORMATION_GOVERNANCE_OFFICER)) {
            return Optional.of(Decision.allow("ig-audit-oversight", "Information governance officers review the audit log."));
        }
        if (request.actor().isSystem() && request.actor().username().equals("system:" + VERIFY_PROCESS)) {
            return Optional.of(Decision.allow("audit-chain-verification", "Joinery verifies the audit chain."));
        }
        return Optional.empty();
    }
}
