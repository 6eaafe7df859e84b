package org.joinery.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The one access gate: asks the policy, records the decision, and grants or refuses. */
@Service
public class AccessGate {

    /** The rule named when a decision could not be recorded: no record, no access. */
    public static final String UNRECORDED_RULE = "audit-unavailable";

    /** The rule named on the grant under which the policy reads the facts a decision needs. */
    public static final String FACTS_RULE = "access-facts-for-decision";

    /** Joinery's access policy, reading the facts a decision needs ({@link AccessFacts}). */
    public static final Actor FACTS_ACTOR = Actor.system("access rule");

    private static final Logger log = LoggerFactory.getLogger(AccessGate.class);

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
        recorded(request, decision, null);
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
     * A search, whose audit entry must say what was searched for and whom it showed: decides, and if allowed runs
     * the search under the grant, then records the decision with the terms' keyed hashes and the Joinery IDs the
     * result shows, and only then returns the result. The data is read before it is recorded, but nothing leaves the
     * gate unrecorded: if the entry cannot be written, the result is dropped and the search refused. A refusal is
     * recorded with the terms, before anything is read.
     *
     * @param shown the Joinery IDs the result will show, in order: exactly what the reader is shown, so filter
     *              inside {@code search}, not after
     */
    public <T> T search(AccessRequest request, List<String> termHashes, Function<Grant, T> search,
            Function<T, List<String>> shown) {
        Decision decision = policy.decide(request);
        if (!decision.allowed()) {
            recorded(request, decision, new SearchSubject(termHashes, List.of()));
            throw new AccessRefused(request, decision);
        }
        T result = search.apply(new Grant(request, decision));
        recorded(request, decision, new SearchSubject(termHashes, shown.apply(result)));
        return result;
    }

    /** Records the decision (with a search's subject, or null), or refuses: no record, no access. */
    private void recorded(AccessRequest request, Decision decision, SearchSubject subject) {
        try {
            if (subject == null) {
                recorder.record(request, decision);
            } else {
                recorder.record(request, decision, subject);
            }
        } catch (RuntimeException e) {
            throw new AccessRefused(request, Decision.refuse(UNRECORDED_RULE,
                    "The access could not be recorded in the audit log, so it is refused."), e);
        }
    }

    /**
     * Decides each request and records every decision before answering, as {@link #authorise} does one by one,
     * but waiting for the audit log once: a grant for each allowed request, empty for each refused. If the
     * decisions cannot be recorded, every one is refused.
     */
    public List<Optional<Grant>> authoriseEach(List<AccessRequest> requests) {
        List<Decision> decisions = requests.stream().map(policy::decide).toList();
        try {
            recorder.recordAll(requests, decisions);
        } catch (RuntimeException e) {
            // Refused, as every unrecorded access is; logged so that an outage of the audit log is not read as a refusal.
            log.error("{} decisions could not be recorded in the audit log, so all are refused", requests.size(), e);
            return requests.stream().map(request -> Optional.<Grant>empty()).toList();
        }
        List<Optional<Grant>> grants = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            grants.add(decisions.get(i).allowed() ? Optional.of(new Grant(requests.get(i), decisions.get(i)))
                    : Optional.empty());
        }
        return grants;
    }

    /**
     * The grant under which the owners of {@link AccessFacts} read what the policy needs to decide the request:
     * the subject's INVOLVEMENT data, for the request's purpose. It is not recorded on its own: the decision it
     * serves is, with the rule that read it and its reason.
     */
    static Grant toDecide(AccessRequest request) {
        AccessRequest facts = new AccessRequest(FACTS_ACTOR, Action.READ, new DataRef(DataCategory.INVOLVEMENT,
                request.data().subjectId(), null, request.data().organisationId()), request.purpose());
        return new Grant(facts, Decision.allow(FACTS_RULE, "Read by the access policy to decide a request of "
                + request.actor().username() + "; recorded as part of that decision."));
    }

    public Grant authorise(Actor actor, Action action, DataRef data, Purpose purpose) {
        return authorise(new AccessRequest(actor, action, data, purpose));
    }
}
