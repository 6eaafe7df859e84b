package org.joinery.access;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The access policy: every {@link AccessRule} bean is asked; any refusal wins, then any allowance;
 * if no rule speaks, the request is refused by default.
 */
@Component
class RulePolicy implements AccessPolicy {

    private final List<AccessRule> rules;

    RulePolicy(List<AccessRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public Decision decide(AccessRequest request) {
        Decision allowance = null;
        for (AccessRule rule : rules) {
            Optional<Decision> decision = rule.apply(request);
            if (decision.isPresent()) {
                if (!decision.get().allowed()) {
                    return decision.get();
                }
                if (allowance == null) {
                    allowance = decision.get();
                }
            }
        }
        return allowance != null ? allowance : Decision.refuseByDefault();
    }
}
