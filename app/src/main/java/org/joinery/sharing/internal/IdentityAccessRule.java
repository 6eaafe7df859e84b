package org.joinery.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.AccessFacts;
import org.joinery.access.AccessFacts.AgreementFact;
import org.joinery.access.AccessFacts.InvolvementFact;
import org.joinery.access.AccessFacts.PersonFacts;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.Organisations;
import org.springframework.stereotype.Component;

/**
 * The access rule for a person's identity details held by organisation B, read by a practitioner
 * or team manager of organisation A for direct care. Allowed when A is B; otherwise only when A has
 * an open involvement with the person today and an agreement from B to A covers identity details for
 * direct care today. A consent-based agreement does not count until consent is recorded, and the
 * records behind a sensitive involvement of B (a refuge, say) are never shared with another organisation. Other roles and purposes are left to
 * other rules, so by default refused: analysts and administrators see no person's details.
 */
@Component
class IdentityAccessRule implements AccessRule {

    static final String OWN_ORGANISATION = "identity-own-organisation";
    static final String SHARED_UNDER_AGREEMENT = "identity-shared-under-agreement";
    static final String HOLDER_UNNAMED = "identity-holder-unnamed";
    static final String UNKNOWN_PERSON = "identity-unknown-person";
    static final String SENSITIVE = "identity-sensitive-involvement";
    static final String NO_INVOLVEMENT = "identity-no-involvement";
    static final String CONSENT_NOT_RECORDED = "identity-consent-not-recorded";
    static final String NO_AGREEMENT = "identity-no-agreement";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Organisations organisations;
    private final Clock clock;

    IdentityAccessRule(Organisations organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.IDENTITY);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        Actor actor = request.actor();
        if (request.action() != Action.READ || request.purpose() != Purpose.DIRECT_CARE || !practitioner(actor)) {
            return Optional.empty();
        }
        return Optional.of(decide(facts, actor, request.data().subjectId(), request.data().organisationId()));
    }

    static boolean practitioner(Actor actor) {
        return actor.has(Role.PRACTITIONER) || actor.has(Role.TEAM_MANAGER);
    }

    private Decision decide(AccessFacts facts, Actor actor, String joineryId, UUID holder) {
        if (holder == null || joineryId == null) {
            return Decision.refuse(HOLDER_UNNAMED, "Identity details are read one person and one organisation at a time.");
        }
        if (holder.equals(actor.organisationId())) {
            return Decision.allow(OWN_ORGANISATION, "These are your own organisation's records.");
        }
        String holderName = name(holder);
        String ownName = name(actor.organisationId());
        LocalDate today = LocalDate.now(clock);
        Optional<PersonFacts> person = facts.person(joineryId, today);
        if (person.isEmpty()) {
            return Decision.refuse(UNKNOWN_PERSON, "There is no person with Joinery ID " + joineryId + ".");
        }
        Optional<InvolvementFact> ours = person.get().involvementOf(actor.organisationId());
        if (ours.isEmpty()) {
            return Decision.refuse(NO_INVOLVEMENT, ownName + " has no open involvement with this person today, so "
                    + holderName + "'s records are not shared with you. Start an involvement if you are supporting them.");
        }
        // Checked only once the practitioner has a reason to see the person, and worded so the refusal does not
        // say why: a refuge's involvement must not show through its refusals either.
        Optional<InvolvementFact> theirs = person.get().involvementOf(holder);
        if (theirs.isPresent() && theirs.get().sensitive()) {
            return Decision.refuse(SENSITIVE, holderName + " does not share these records with other organisations."
                    + " Its information governance officer can tell you more.");
        }
        List<AgreementFact> covering = facts.agreementsInForce(holder, actor.organisationId(), DataCategory.IDENTITY,
                Purpose.DIRECT_CARE, today);
        Optional<AgreementFact> usable = covering.stream().filter(a -> !a.restsOnConsent()).findFirst();
        if (usable.isPresent()) {
            return Decision.allow(SHARED_UNDER_AGREEMENT, holderName + " shares identity details with " + ownName
                    + " for direct care under the agreement '" + usable.get().title() + "', and " + ownName
                    + " has been involved with this person since " + DAY.format(ours.get().since()) + ".");
        }
        if (!covering.isEmpty()) {
            return Decision.refuse(CONSENT_NOT_RECORDED, "The agreement '" + covering.get(0).title() + "' rests on the"
                    + " person's consent, and Joinery cannot record consent yet (it comes in a later version), so it"
                    + " does not count.");
        }
        return Decision.refuse(NO_AGREEMENT, "No data-sharing agreement in force today lets " + holderName
                + " share identity details with " + ownName + " for direct care.");
    }

    private String name(UUID organisationId) {
        return organisations.find(organisationId).map(Organisation::name).orElse("Another organisation");
    }
}
