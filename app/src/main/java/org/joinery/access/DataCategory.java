package org.joinery.access;

/**
 * Categories of personal data, as named in data-sharing agreements. Later issues add the
 * categories of residents' shared records.
 */
public enum DataCategory {
    /** A staff member's account: name, email, organisation, team, roles. */
    STAFF_ACCOUNT,
    /** A staff member's credentials, read only to check a sign-in. */
    STAFF_CREDENTIALS,
    /** The audit log of access to personal data. */
    AUDIT_LOG
}
