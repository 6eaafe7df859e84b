package org.joinery.access;

import org.springframework.stereotype.Service;

/** The one access gate: asks the policy, records the decision, and grants or refuses. */
@Service
public class AccessGate {

    /** The rule named when a decision could not be recorded: no record, no access. */
    public static final String UNRECORDED_RULE = "audit-unavailable";

    private final AccessPolicy policy;
    private final AccessRecorder recorder;

    AccessGate(AccessPolicy policy, AccessRecorder recorder) {
        this.policy = policy;
        this.recorder = recorder;
    }

    /**
     * Returns a grant to pass to a personal-data store, or throws {@link AccessRefused}.
     * The decision is recorded before either happens; if it cannot be recorded, access is refused.
     */
    public Grant authorise(AccessRequest request) {
        Decision decision = policy.decide(request);
        try {
            recorder.record(request, decision);
        } catch (RuntimeException e) {
            throw new AccessRefused(request, Decision.refuse(UNRECORDED_RULE,
                    "The access could not be recorded in the audit log, so it is refused."), e);
        }
        if (!decision.allowed()) {
            throw new AccessRefused(request, decision);
        }
        return new Grant(request, decision);
    }

    /**
     * Records a refusal decided outside the policy — a failed or locked-out sign-in — so that it stands in the
     * audit log like every other decision. Nothing is granted; if it cannot be recorded, that is thrown.
     */
    public void recordRefusal(AccessRequest request, Decision refusal) {
        if (refusal.allowed()) {
            throw new IllegalArgumentException("Only a refusal can be recorded without the policy: " + refusal.rule());
        }
        recorder.record(request, refusal);
    }

    /**
     * Decides each request and records every decision before answering, as {@link #authorise} does one by one,
     * but waiting for the audit log once: a grant for each allowed request, empty for each refused. If the
     * decisions cannot be recorded, every one is refused.
     */
    public java.util.List<java.util.Optional<Grant>> authoriseEach(java.util.List<AccessRequest> requests) {
        java.util.List<Decision> decisions = requests.stream().map(policy::decide).toList();
        try {
            recorder.recordAll(requests, decisions);
        } catch (RuntimeException e) {
            return requests.stream().map(request -> java.util.Optional.<Grant>empty()).toList();
        }
        java.util.List<java.util.Optional<Grant>> grants = new java.util.ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            grants.add(decisions.get(i).allowed() ? java.util.Optional.of(new Grant(requests.get(i), decisions.get(i)))
                    : java.util.Optional.empty());
        }
        return grants;
    }

    public Grant authorise(Actor actor, Action action, DataRef data, Purpose purpose) {
        return authorise(new AccessRequest(actor, action, data, purpose));
    }
}
