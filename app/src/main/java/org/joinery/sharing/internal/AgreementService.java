package org.joinery.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Purpose;
import org.joinery.organisations.Organisations;
import org.joinery.platform.web.FormErrors;
import org.joinery.sharing.Agreements;
import org.joinery.sharing.InvalidAgreement;
import org.joinery.sharing.NewAgreement;
import org.joinery.sharing.SharingAgreement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Data-sharing agreements as {@link Agreements} describes them, kept in the {@link AgreementStore}. */
@Service
class AgreementService implements Agreements {

    static final int MAX_TITLE = 200;
    static final int MAX_REASON = 1000;

    private final AgreementStore store;
    private final Organisations organisations;
    private final Clock clock;

    AgreementService(AgreementStore store, Organisations organisations, Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public List<SharingAgreement> visibleTo(Actor actor) {
        if (!Agreements.managesAgreements(actor)) {
            return List.of();
        }
        return store.involving(actor.hostOrganisation() ? null : actor.organisationId());
    }

    @Override
    public Optional<SharingAgreement> find(Actor actor, UUID id) {
        return store.find(id).filter(agreement -> Agreements.managesAgreements(actor) && (actor.hostOrganisation()
                || actor.organisationId().equals(agreement.fromOrganisationId())
                || actor.organisationId().equals(agreement.toOrganisationId())));
    }

    @Override
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
        } else if (actor != null && !Agreements.mayShareFor(actor, agreement.fromOrganisationId())) {
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

    @Override
    @Transactional
    public SharingAgreement create(Actor actor, NewAgreement agreement) {
        FormErrors errors = check(actor, agreement);
        if (errors.any()) {
            throw new InvalidAgreement(errors);
        }
        return insert(actor.userId(), agreement);
    }

    @Override
    @Transactional
    public SharingAgreement seed(UUID recordedBy, NewAgreement agreement) {
        FormErrors errors = check(null, agreement);
        if (errors.any()) {
            throw new InvalidAgreement(errors);
        }
        return insert(recordedBy, agreement);
    }

    @Override
    @Transactional
    public boolean endEarly(Actor actor, SharingAgreement agreement, String reason) {
        if (!Agreements.mayShareFor(actor, agreement.fromOrganisationId())) {
            throw new IllegalStateException(actor.username() + " may not end agreement " + agreement.id());
        }
        return store.endEarly(agreement.id(), actor.userId(), reason.strip(), clock.instant());
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private SharingAgreement insert(UUID recordedBy, NewAgreement agreement) {
        SharingAgreement created = new SharingAgreement(UUID.randomUUID(), agreement.title().strip(),
                agreement.fromOrganisationId(), null, agreement.toOrganisationId(), null, agreement.categories(),
                agreement.purpose(), agreement.lawfulBasis(), agreement.articleCondition(), agreement.startsOn(),
                agreement.endsOn(), recordedBy, clock.instant(), null, null);
        store.insert(created);
        return store.find(created.id()).orElseThrow();
    }
}
