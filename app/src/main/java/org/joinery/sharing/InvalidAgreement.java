package org.joinery.sharing;

import org.joinery.platform.web.FormErrors;

/** An agreement that breaks a rule: the problems name the fields and say what to do. Nothing was saved. */
public class InvalidAgreement extends RuntimeException {

    private final transient FormErrors problems;

    public InvalidAgreement(FormErrors problems) {
        super("The agreement was not recorded: " + problems);
        this.problems = problems;
    }

    public FormErrors problems() {
        return problems;
    }
}
