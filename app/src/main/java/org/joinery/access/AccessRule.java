package org.joinery.access;

import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One rule of the access policy. A rule says which categories of data it speaks about, and the policy asks it
 * only about requests for those. A rule that does not speak to such a request returns empty; the policy refuses
 * anything no rule allows. A rule may also refuse outright (for example a sensitive involvement), and a refusal
 * wins over any allowance. What a rule needs to know beyond the request it reads from the {@link AccessFacts} it
 * is given, never from the gate.
 *
 * <p>A rule lives in the internals of the module that owns its categories; every rule is listed, with the
 * decisions it can give, in the generated {@code docs/access-rules.md}.
 */
public interface AccessRule {

    /** The categories of data this rule speaks about. */
    Set<DataCategory> categories();

    /** Decides a request for one of this rule's categories, or returns empty where the rule does not speak. */
    Optional<Decision> apply(AccessRequest request, AccessFacts facts);

    /** A rule about these categories that decides with the function: for small rules and tests. */
    static AccessRule forCategories(Set<DataCategory> categories,
            BiFunction<AccessRequest, AccessFacts, Optional<Decision>> decide) {
        Set<DataCategory> speaksAbout = Set.copyOf(categories);
        return new AccessRule() {
            @Override
            public Set<DataCategory> categories() {
                return speaksAbout;
            }

            @Override
            public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
                return decide.apply(request, facts);
            }
        };
    }
}
