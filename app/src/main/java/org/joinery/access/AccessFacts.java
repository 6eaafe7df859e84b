package org.joinery.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the rules may know while deciding one request: the facts about people and organisations that a rule
 * decides on, supplied by the modules that own them (the sharing module: which person a Joinery ID names, who
 * is involved with them, the agreements in force). A rule reads these instead of asking the gate, so the gate
 * is never called back from inside a decision.
 *
 * <p>What a rule reads here is part of the decision it serves: it is recorded in that decision's audit entry
 * (the rule and its reason say what it found), not as an entry of its own. Nothing read here leaves the policy.
 *
 * <p>Later domains add their facts here (consent recorded, break-glass declared, a referral open), each
 * implemented inside the module that owns it, so that rules in any module can decide on them without
 * depending on that module.
 */
public interface AccessFacts {

    /** Knows nothing: every person unknown, no agreement. For policies over rules that need no facts (tests). */
    AccessFacts NONE = new AccessFacts() {
        @Override
        public Optional<PersonFacts> person(String joineryId, LocalDate day) {
            return Optional.empty();
        }

        @Override
        public List<AgreementFact> agreementsInForce(UUID from, UUID to, DataCategory category, Purpose purpose,
                LocalDate day) {
            return List.of();
        }
    };

    /** The person a Joinery ID names and their open involvements on the day; empty when Joinery knows no such person. */
    Optional<PersonFacts> person(String joineryId, LocalDate day);

    /** The agreements in force on the day under which one organisation shares the category with another for the purpose. */
    List<AgreementFact> agreementsInForce(UUID from, UUID to, DataCategory category, Purpose purpose, LocalDate day);

    /**
     * A person as the rules see them.
     *
     * @param involvements the person's open involvements on the day, at most one per organisation: its sensitive
     *                     one if it has any, otherwise its oldest
     */
    record PersonFacts(UUID personId, List<InvolvementFact> involvements) {

        public PersonFacts {
            involvements = List.copyOf(involvements);
        }

        /** The organisation's open involvement with the person, if it has one. */
        public Optional<InvolvementFact> involvementOf(UUID organisationId) {
            return involvements.stream().filter(i -> i.organisationId().equals(organisationId)).findFirst();
        }
    }

    /** An organisation's open involvement with a person: since when, and whether it is sensitive (a refuge, say). */
    record InvolvementFact(UUID organisationId, LocalDate since, boolean sensitive) {
    }

    /** An agreement in force: its title for the decision's reason, and whether it rests on the person's consent. */
    record AgreementFact(UUID id, String title, boolean restsOnConsent) {
    }

    /**
     * Supplies the facts for one decision: implemented inside the module that owns them. The grant is the one the
     * gate makes for reading what deciding needs (READ of the subject's INVOLVEMENT data, by
     * {@link AccessGate#FACTS_ACTOR}); it is never recorded on its own and never leaves the decision.
     */
    interface Source {

        AccessFacts forDecision(Grant deciding);
    }
}
