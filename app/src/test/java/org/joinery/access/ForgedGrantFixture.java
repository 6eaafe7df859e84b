package org.joinery.access;

/**
 * Deliberately bad, for the architecture test: code in the access package (so it compiles) that
 * makes a Grant without asking the gate, and so without an audit record.
 */
public final class ForgedGrantFixture {

    private ForgedGrantFixture() {
    }

    public static Grant forge(AccessRequest request) {
        return new Grant(request, Decision.allow("forged", "Nobody asked the gate."));
    }
}
