package org.joinery.access;

/** Thrown by the gate when the policy refuses; already audited when thrown. Pages show it as a 403. */
public class AccessRefused extends RuntimeException {

    private final transient AccessRequest request;
    private final transient Decision decision;

    public AccessRefused(AccessRequest request, Decision decision) {
        super("Refused by rule " + decision.rule() + ": " + decision.reason());
        this.request = request;
        this.decision = decision;
    }

    public AccessRequest request() {
        return request;
    }

    public Decision decision() {
        return decision;
    }
}
