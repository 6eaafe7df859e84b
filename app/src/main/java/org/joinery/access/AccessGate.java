package org.joinery.access;

import org.springframework.stereotype.Service;

/** The one access gate: asks the policy, records the decision, and grants or refuses. */
@Service
public class AccessGate {

    private final AccessPolicy policy;
    private final AccessRecorder recorder;

    AccessGate(AccessPolicy policy, AccessRecorder recorder) {
        this.policy = policy;
        this.recorder = recorder;
    }

    /**
     * Returns a grant to pass to a personal-data store, or throws {@link AccessRefused}.
     * The decision is recorded before either happens.
     */
    public Grant authorise(AccessRequest request) {
        Decision decision = policy.decide(request);
        recorder.record(request, decision);
        if (!decision.allowed()) {
            throw new AccessRefused(request, decision);
        }
        return new Grant(request, decision);
    }

    public Grant authorise(Actor actor, Action action, DataRef data, Purpose purpose) {
        return authorise(new AccessRequest(actor, action, data, purpose));
    }
}
