package org.joinery.access;

import java.util.Optional;

/**
 * One rule of the access policy. A rule that does not speak to a request returns empty; the
 * policy refuses anything no rule allows. A rule may also refuse outright (for example a
 * sensitive involvement), and a refusal wins over any allowance.
 */
public interface AccessRule {

    Optional<Decision> apply(AccessRequest request);
}
