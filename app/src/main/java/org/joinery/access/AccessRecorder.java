package org.joinery.access;

/**
 * Where the gate records its decisions: the audit module implements this. If recording fails,
 * the gate refuses, so there is never access without an audit record.
 */
public interface AccessRecorder {

    void record(AccessRequest request, Decision decision);

    /** Records a search's decision with what it was for and whom it showed; a recorder that keeps no subject records the decision. */
    default void record(AccessRequest request, Decision decision, SearchSubject subject) {
        record(request, decision);
    }
}
