package org.joinery.access;

import java.util.Objects;

/**
 * The policy's answer and the rule that gave it. Every decision names a rule, including the
 * default refusal, so that the audit log can say why.
 */
public record Decision(boolean allowed, String rule, String reason) {

    public static final String DEFAULT_RULE = "default-deny";

    public Decision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    public static Decision allow(String rule, String reason) {
        return new Decision(true, rule, reason);
    }

    public static Decision refuse(String rule, String reason) {
        return new Decision(false, rule, reason);
    }

    public static Decision refuseByDefault() {
        return refuse(DEFAULT_RULE, "No rule allows this.");
    }
}
