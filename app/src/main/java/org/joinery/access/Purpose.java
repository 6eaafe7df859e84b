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
    /** Supporting a resident directly (later issues). */
    DIRECT_CARE
}
