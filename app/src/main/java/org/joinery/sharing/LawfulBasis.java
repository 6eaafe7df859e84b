package org.joinery.sharing;

/**
 * The UK GDPR Article 6(1) lawful bases an agreement or an involvement can rest on. Contract is
 * left out: no organisation here supports a resident under a contract with them. Names are stored;
 * words come from messages ({@code sharing.basis.*}).
 */
public enum LawfulBasis {
    PUBLIC_TASK("UK GDPR Article 6(1)(e) public task"),
    LEGAL_OBLIGATION("UK GDPR Article 6(1)(c) legal obligation"),
    VITAL_INTERESTS("UK GDPR Article 6(1)(d) vital interests"),
    LEGITIMATE_INTERESTS("UK GDPR Article 6(1)(f) legitimate interests"),
    /** Counts only once the person's consent is recorded (a later issue): until then the access rule refuses. */
    CONSENT("UK GDPR Article 6(1)(a) consent");

    private final String citation;

    LawfulBasis(String citation) {
        this.citation = citation;
    }

    /** The legal citation, as kept on an involvement next to the sources' own wording. */
    public String citation() {
        return citation;
    }

    public String messageKey() {
        return "sharing.basis." + name();
    }
}
