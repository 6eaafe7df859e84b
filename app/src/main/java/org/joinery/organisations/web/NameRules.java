package org.joinery.organisations.web;

import org.joinery.organisations.Organisations;
import org.joinery.platform.web.FormErrors;

/** An organisation's or team's name: required, at most the column's size. */
final class NameRules {

    private NameRules() {
    }

    /** Returns the name without surrounding spaces, having rejected it if missing or too long. */
    static String check(FormErrors errors, String field, String value, String messagePrefix) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            errors.reject(field, messagePrefix + ".missing");
        } else if (name.length() > Organisations.MAX_NAME_LENGTH) {
            errors.reject(field, messagePrefix + ".tooLong", Organisations.MAX_NAME_LENGTH);
        }
        return name;
    }
}
