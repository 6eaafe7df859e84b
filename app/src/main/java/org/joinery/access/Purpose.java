package org.joinery.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * Why personal data is being read or written; recorded in every audit entry.
 *
 * <p>Open to new domains: a module declares its own as a constant of its API,
 * {@code public static final Purpose X = Purpose.of("X");}, without editing this module. One name is one instance
 * (as with an enum, {@code ==} compares), and the name is what the audit log and the database store, so a
 * stored name always reads back as the same value.
 */
public final class Purpose implements Serializable {

    private static final Vocabulary<Purpose> KNOWN = new Vocabulary<>("purpose", (n, order) -> new Purpose(n));

    /** Checking a sign-in. */
    public static final Purpose AUTHENTICATION = of("AUTHENTICATION");
    /** Managing organisations, teams and user accounts. */
    public static final Purpose ADMINISTRATION = of("ADMINISTRATION");
    /** Information governance oversight: reviewing the audit log. */
    public static final Purpose AUDIT_OVERSIGHT = of("AUDIT_OVERSIGHT");
    /** Checking that the audit log has not been changed: the checker learns the result, never the entries. */
    public static final Purpose AUDIT_INTEGRITY_CHECK = of("AUDIT_INTEGRITY_CHECK");
    /** Supporting a resident directly: finding them at the front door, seeing their record, starting an involvement. */
    public static final Purpose DIRECT_CARE = of("DIRECT_CARE");
    /** Receiving an organisation's extract into its source. */
    public static final Purpose DATA_IMPORT = of("DATA_IMPORT");
    /** Linking records into persons: linkage runs, clerical review, training models (the host organisation's data team). */
    public static final Purpose RECORD_LINKAGE = of("RECORD_LINKAGE");
    /** Information governance: managing involvements and data-sharing agreements. */
    public static final Purpose INFORMATION_GOVERNANCE = of("INFORMATION_GOVERNANCE");

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;

    private Purpose(String name) {
        this.name = name;
    }

    /** The purpose of this name (upper case, digits and underscores), declared on first use. */
    public static Purpose of(String name) {
        return KNOWN.of(name);
    }

    /** The purpose of this name if one is declared; never declares one (for names that come from a form). */
    public static Optional<Purpose> find(String name) {
        return KNOWN.find(name);
    }

    /** The name, as stored in the audit log and the database. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** One name, one instance, also after a session is read back. */
    @Serial
    private Object readResolve() {
        return of(name);
    }
}
