package org.joinery.access;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The access policy: every {@link AccessRule} bean that speaks about the request's category is asked; any
 * refusal wins, then any allowance; if no rule speaks, the request is refused by default. The rules read what
 * they need from the {@link AccessFacts} of the module that owns them, under a grant the gate makes for the
 * decision: part of the decision, so recorded in its entry and not on its own.
 */
@Component
class RulePolicy implements AccessPolicy {

    private final List<AccessRule> rules;
    private final AccessFacts.Source facts;

    @Autowired
    RulePolicy(List<AccessRule> rules, Optional<AccessFacts.Source> facts) {
        this.rules = List.copyOf(rules);
        this.facts = facts.orElse(deciding -> AccessFacts.NONE);
    }

    /** A policy over rules that need no facts (tests). */
    RulePolicy(List<AccessRule> rules) {
        this(rules, Optional.empty());
    }

    @Override
    public Decision decide(AccessRequest request) {
        Decision allowance = null;
        AccessFacts known = null;
        for (AccessRule rule : rules) {
            if (!rule.categories().contains(request.data().category())) {
                continue;
            }
            if (known == null) {
                known = facts.forDecision(AccessGate.toDecide(request));
            }
            Optional<Decision> decision = rule.apply(request, known);
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
