package org.joinery.sharing;

/** Where an agreement stands on a given day. Only IN_FORCE counts for the access rule. */
public enum AgreementStatus {
    NOT_YET_STARTED,
    IN_FORCE,
    EXPIRED,
    ENDED_EARLY;

    public String messageKey() {
        return "sharing.agreement.status." + name();
    }
}
