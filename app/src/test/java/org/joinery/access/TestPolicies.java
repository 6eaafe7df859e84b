package org.joinery.access;

import java.util.List;

/** The real access policy over just the given rules, for table tests of a module's rules. */
public final class TestPolicies {

    private TestPolicies() {
    }

    public static AccessPolicy of(AccessRule... rules) {
        return new RulePolicy(List.of(rules));
    }
}
