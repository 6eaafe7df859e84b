package org.joinery.sharing.web;

import org.joinery.platform.web.FormErrors;

/** A reason someone must give in words (for starting or ending something): present and not too long. */
final class ReasonField {

    private ReasonField() {
    }

    /** Returns the reason stripped; rejects it as {@code keyPrefix.missing} or {@code keyPrefix.tooLong}. */
    static String check(FormErrors errors, String field, String value, int max, String keyPrefix) {
        String reason = value == null ? "" : value.strip();
        if (reason.isEmpty()) {
            errors.reject(field, keyPrefix + ".missing");
        } else if (reason.length() > max) {
            errors.reject(field, keyPrefix + ".tooLong", max);
        }
        return reason;
    }
}
