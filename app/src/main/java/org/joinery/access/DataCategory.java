package org.joinery.access;

/**
 * Categories of personal data, as named in the audit log and in data-sharing agreements. Later
 * issues add more categories of residents' shared records.
 */
public enum DataCategory {
    /** A staff member's account: name, email, organisation, team, roles. */
    STAFF_ACCOUNT,
    /** A staff member's credentials, read only to check a sign-in. */
    STAFF_CREDENTIALS,
    /** The audit log of access to personal data. */
    AUDIT_LOG,
    /** An organisation's extract as received: batches, rows and their errors. */
    SOURCE_EXTRACT,
    /** A person's identifying details as one organisation's source holds them: names, date of birth, address, identifiers. Shared under agreements. */
    IDENTITY,
    /** Which organisations are involved with a person, and whom to contact. */
    INVOLVEMENT,
    /** Matching what a resident says at the front door against the index: candidates and which details agreed. */
    RESIDENT_SEARCH,
    /** The linkage of records into persons: runs, scored pairs, clerical review, training data. */
    LINKAGE;

    /** The categories a data-sharing agreement can cover today. */
    public static final java.util.Set<DataCategory> SHAREABLE = java.util.EnumSet.of(IDENTITY);
}
