package org.joinery.access;

/**
 * Thrown by the gate when access is refused. Pages show it as a 403 naming the rule and its
 * reason. It is already audited when thrown, except when the refusal is because the audit log
 * could not be written ({@link AccessGate#UNRECORDED_RULE}); then the cause says why.
 */
public class AccessRefused extends RuntimeException {

    private final transient AccessRequest request;
    private final transient Decision decision;

    public AccessRefused(AccessRequest request, Decision decision) {
        this(request, decision, null);
    }

    AccessRefused(AccessRequest request, Decision decision, Throwable cause) {
        super("Refused by rule " + decision.rule() + ": " + decision.reason(), cause);
        this.request = request;
        this.decision = decision;
    }

    public AccessRequest request() {
        return request;
    }

    public Decision decision() {
        return decision;
    }

    /** The name of the rule that refused, for the error page and the logs. */
    public String rule() {
        return decision.rule();
    }

    /** Why, in words a user can read. */
    public String reason() {
        return decision.reason();
    }
}
