package org.joinery.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * A category of personal data, as named in the audit log and in data-sharing agreements; rules say which
 * categories they speak about ({@link AccessRule#categories()}).
 *
 * <p>Open to new domains: a module declares its own as a constant of its API,
 * {@code public static final DataCategory X = DataCategory.of("X");}, without editing this module. One name is one instance
 * (as with an enum, {@code ==} compares), and the name is what the audit log and the database store, so a
 * stored name always reads back as the same value.
 */
public final class DataCategory implements Serializable {

    private static final Vocabulary<DataCategory> KNOWN = new Vocabulary<>("category", (n, order) -> new DataCategory(n));

    /** A staff member's account: name, email, organisation, team, roles. */
    public static final DataCategory STAFF_ACCOUNT = of("STAFF_ACCOUNT");
    /** A staff member's credentials, read only to check a sign-in. */
    public static final DataCategory STAFF_CREDENTIALS = of("STAFF_CREDENTIALS");
    /** The audit log of access to personal data. */
    public static final DataCategory AUDIT_LOG = of("AUDIT_LOG");
    /** An organisation's extract as received: batches, rows and their errors. */
    public static final DataCategory SOURCE_EXTRACT = of("SOURCE_EXTRACT");
    /** A person's identifying details as one organisation's source holds them: names, date of birth, address, identifiers. Shared under agreements. */
    public static final DataCategory IDENTITY = of("IDENTITY");
    /** Which organisations are involved with a person, and whom to contact. */
    public static final DataCategory INVOLVEMENT = of("INVOLVEMENT");
    /** Matching what a resident says at the front door against the index: candidates and which details agreed. */
    public static final DataCategory RESIDENT_SEARCH = of("RESIDENT_SEARCH");
    /** The linkage of records into persons: runs, scored pairs, clerical review, training data. */
    public static final DataCategory LINKAGE = of("LINKAGE");

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;

    private DataCategory(String name) {
        this.name = name;
    }

    /** The category of this name (upper case, digits and underscores), declared on first use. */
    public static DataCategory of(String name) {
        return KNOWN.of(name);
    }

    /** The category of this name if one is declared; never declares one (for names that come from a form). */
    public static Optional<DataCategory> find(String name) {
        return KNOWN.find(name);
    }

    /** The categories a data-sharing agreement can cover today. */
    public static final Set<DataCategory> SHAREABLE = Set.of(IDENTITY);

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
