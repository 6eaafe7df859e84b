package org.joinery.access;

/** Why personal data is being read or written; recorded in every audit entry. */
public enum Purpose {
    /** Checking a sign-in. */
    AUTHENTICATION,
    /** Managing organisations, teams and user accounts. */
    ADMINISTRATION,
    /** Information governance oversight: reviewing the audit log. */
    AUDIT_OVERSIGHT,
    /** Checking that the audit log has not been changed: the checker learns the result, never the entries. */
    AUDIT_INTEGRITY_CHECK,
    /** Supporting a resident directly: finding them at the front door, seeing their record, starting an involvement. */
    DIRECT_CARE,
    /** Receiving an organisation's extract into its source. */
    DATA_IMPORT,
    /** Linking records into persons: linkage runs, clerical review, training models (the host organisation's data team). */
    RECORD_LINKAGE,
    /** Information governance: managing involvements and data-sharing agreements. */
    INFORMATION_GOVERNANCE
}
