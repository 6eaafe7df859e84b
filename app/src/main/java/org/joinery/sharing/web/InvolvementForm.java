package org.joinery.sharing.web;

/** The start-an-involvement form as submitted; anything may be missing or wrong. */
record InvolvementForm(String reason, String lawfulBasis, String team, String contact, String sensitive) {

    static InvolvementForm empty() {
        return new InvolvementForm("", null, "", "", null);
    }
}
