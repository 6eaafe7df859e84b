package org.joinery.access;

import java.util.List;

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

    /**
     * Records several decisions made for one answer (a person page asks once per holding organisation), returning
     * once all are recorded; each is still its own entry. A recorder may commit them together, so the answer
     * waits for one commit instead of one after another.
     */
    default void recordAll(List<AccessRequest> requests, List<Decision> decisions) {
        for (int i = 0; i < requests.size(); i++) {
            record(requests.get(i), decisions.get(i));
        }
    }
}
