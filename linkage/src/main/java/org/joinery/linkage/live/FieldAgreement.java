package org.joinery.linkage.live;

/**
 * What one comparison found, in words a practitioner can act on, without saying what the record holds: the
 * details agreed, partly agreed (a typo, a nickname, the same postcode sector), differed, or could not be
 * compared because the query did not give them or the record does not hold them.
 */
public enum FieldAgreement {
    AGREED, PARTLY_AGREED, DIFFERED, NOT_GIVEN, NOT_HELD
}
