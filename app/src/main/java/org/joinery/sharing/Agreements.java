package org.joinery.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.organisations.Organisations;
import org.joinery.platform.web.FormErrors;
import org.joinery.sharing.agreement.AgreementRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data-sharing agreements, recorded and ended by information governance officers. An officer records
 * agreements under which their own organisation shares its data (it is their organisation's decision
 * to share); officers of the host organisation, which runs Joinery for the partnership, may record any.
 */
@Service
public class Agreements {

    static final int MAX_TITLE = 200;
    static final int MAX_REASON = 1000;

    private final AgreementRepository repository;
    private final Organisations organisations;
    private final Clock clock;

    Agreements(AgreementRepository repository, Organisations organisations, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Whether the actor may see and record agreements at all. */
    public static boolean managesAgreements(Actor actor) {
        return actor.has(Role.INFORMATION_GOVERNANCE_OFFICER);
    }

    /** Whether the actor may record or end agreements under which this organisation shares its data. */
    public static boolean mayShareFor(Actor actor, UUID fromOrganisationId) {
        return managesAgreements(actor) && (actor.hostOrganisation() || actor.organisationId().equals(fromOrganisationId));
    }

    /** The agreements the officer sees: their organisation's either way round, or all for the host organisation. */
    public List<SharingAgreement> visibleTo(Actor actor) {
        if (!managesAgreements(actor)) {
            return List.of();
        }
        return repository.involving(actor.hostOrganisation() ? null : actor.organisationId());
    }

    public Optional<SharingAgreement> find(Actor actor, UUID id) {
        return repository.find(id).filter(agreement -> managesAgreements(actor) && (actor.hostOrganisation()
                || actor.organisationId().equals(agreement.fromOrganisationId())
                || actor.organisationId().equals(agreement.toOrganisationId())));
    }

    /** What is wrong with the agreement, field by field; empty when it may be recorded by the actor. */
    public FormErrors check(Actor actor, NewAgreement agreement) {
        FormErrors errors = new FormErrors();
        String title = agreement.title() == null ? "" : agreement.title().strip();
        if (title.isEmpty()) {
            errors.reject("title", "sharing.agreement.title.missing");
        } else if (title.length() > MAX_TITLE) {
            errors.reject("title", "sharing.agreement.title.tooLong", MAX_TITLE);
        }
        if (agreement.fromOrganisationId() == null || organisations.find(agreement.fromOrganisationId()).isEmpty()) {
            errors.reject("from", "sharing.agreement.from.missing");
        } else if (actor != null && !mayShareFor(actor, agreement.fromOrganisationId())) {
            errors.reject("from", "sharing.agreement.from.notYours");
        }
        if (agreement.toOrganisationId() == null || organisations.find(agreement.toOrganisationId()).isEmpty()) {
            errors.reject("to", "sharing.agreement.to.missing");
        } else if (agreement.toOrganisationId().equals(agreement.fromOrganisationId())) {
            errors.reject("to", "sharing.agreement.to.same");
        }
        if (agreement.categories().isEmpty()) {
            errors.reject("categories", "sharing.agreement.categories.missing");
        } else if (!DataCategory.SHAREABLE.containsAll(agreement.categories())) {
            errors.reject("categories", "sharing.agreement.categories.notShareable");
        }
        if (agreement.purpose() != Purpose.DIRECT_CARE) {
            errors.reject("purpose", "sharing.agreement.purpose.missing");
        }
        if (agreement.lawfulBasis() == null) {
            errors.reject("lawfulBasis", "sharing.agreement.lawfulBasis.missing");
        }
        if (agreement.articleCondition() == null) {
            errors.reject("articleCondition", "sharing.agreement.articleCondition.missing");
        }
        if (agreement.startsOn() == null) {
            errors.reject("startsOn", "sharing.agreement.startsOn.missing");
        } else if (agreement.endsOn() != null && agreement.endsOn().isBefore(agreement.startsOn())) {
            errors.reject("endsOn", "sharing.agreement.endsOn.beforeStart");
        }
        return errors;
    }

    /**
     * Records an agreement entered by an information governance officer.
     *
     * @throws InvalidAgreement naming every problem; nothing is saved
     */
    @Transactional
    public SharingAgreement create(Actor actor, NewAgreement agreement) {
        FormErrors errors = check(actor, agreement);
        if (errors.any()) {
            throw new InvalidAgreement(errors);
        }
        return insert(actor.userId(), agreement);
    }

    /**
     * Records an agreement set up by Joinery itself, for the demo seeder: the same checks except who
     * may share, and {@code recordedBy} (a user, for example the host organisation's information
     * governance officer) is named as its author.
     */
    @Transactional
    public SharingAgreement seed(UUID recordedBy, NewAgreement agreement) {
        FormErrors errors = check(null, agreement);
        if (errors.any()) {
            throw new InvalidAgreement(errors);
        }
        return insert(recordedBy, agreement);
    }

    /** Ends an agreement early, with the reason; returns false if it had already ended. */
    @Transactional
    public boolean endEarly(Actor actor, SharingAgreement agreement, String reason) {
        if (!mayShareFor(actor, agreement.fromOrganisationId())) {
            throw new IllegalStateException(actor.username() + " may not end agreement " + agreement.id());
        }
        return repository.endEarly(agreement.id(), actor.userId(), reason.strip(), clock.instant());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private SharingAgreement insert(UUID recordedBy, NewAgreement agreement) {
        SharingAgreement created = new SharingAgreement(UUID.randomUUID(), agreement.title().strip(),
                agreement.fromOrganisationId(), null, agreement.toOrganisationId(), null, agreement.categories(),
                agreement.purpose(), agreement.lawfulBasis(), agreement.articleCondition(), agreement.startsOn(),
                agreement.endsOn(), recordedBy, clock.instant(), null, null);
        repository.insert(created);
        return repository.find(created.id()).orElseThrow();
    }
}
