package org.joinery.accounts;

import org.joinery.platform.web.FormErrors;

/** An account was not created or changed because of these problems; nothing was written. */
public class InvalidAccount extends RuntimeException {

    private final transient FormErrors errors;

    public InvalidAccount(FormErrors errors) {
        super("The account was not saved: " + errors);
        this.errors = errors;
    }

    public FormErrors errors() {
        return errors;
    }
}
