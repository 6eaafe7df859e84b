package org.joinery.accounts.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.accounts.AccountChanges;
import org.joinery.accounts.InvalidAccount;
import org.joinery.accounts.NewAccount;
import org.joinery.accounts.NoSuchAccount;
import org.joinery.accounts.StaffAccount;
import org.joinery.accounts.StaffAdministration;
import org.joinery.organisations.Organisations;
import org.joinery.platform.web.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link StaffAdministration} over the accounts store, asking the gate before every read and write. */
@Service
class StaffAdministrationService implements StaffAdministration {

    private final AccessGate gate;
    private final AccountStore store;
    private final Organisations organisations;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final LiveSessions sessions;

    StaffAdministrationService(AccessGate gate, AccountStore store, Organisations organisations, PasswordEncoder passwords, Clock clock,
            LiveSessions sessions) {
        this.gate = gate;
        this.store = store;
        this.organisations = organisations;
        this.passwords = passwords;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Override
    public List<StaffAccount> accountsOf(Actor actor, UUID organisationId) {
        Grant grant = gate.authorise(actor, Action.READ, DataRef.of(DataCategory.STAFF_ACCOUNT, organisationId), Purpose.ADMINISTRATION);
        return store.inOrganisation(grant, organisationId);
    }

    @Override
    public StaffAccount account(Actor actor, UUID userId) {
        Grant grant = authorise(actor, Action.READ, userId, organisationOf(userId));
        return store.find(grant, userId).orElseThrow(() -> new NoSuchAccount(userId));
    }

    @Override
    @Transactional
    public StaffAccount create(Actor actor, NewAccount request, boolean passwordRequired) {
        String username = AccountValidation.normaliseUsername(request.username());
        Grant grant = gate.authorise(actor, Action.WRITE,
                DataRef.subject(DataCategory.STAFF_ACCOUNT, username, request.organisationId()), Purpose.ADMINISTRATION);
        var organisation = organisations.find(request.organisationId())
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + request.organisationId()));
        FormErrors errors = new FormErrors();
        AccountValidation.username(errors, username);
        if (!errors.has("username") && store.usernameTaken(grant, username)) {
            errors.reject("username", "admin.user.username.taken", username);
        }
        AccountValidation.details(errors, request.displayName(), request.email(), request.teamId(), request.roles(),
                organisations.teams(organisation.id()));
        AccountValidation.password(errors, request.password(), passwordRequired);
        if (errors.any()) {
            throw new InvalidAccount(errors);
        }
        StaffAccount account = new StaffAccount(UUID.randomUUID(), username, request.displayName().strip(),
                AccountValidation.blankToNull(request.email()), organisation.id(), organisation.name(), organisation.host(),
                request.teamId(), true, request.roles());
        String hash = request.password() == null || request.password().isEmpty() ? null : passwords.encode(request.password());
        try {
            store.create(grant, account, hash, clock.instant());
        } catch (DuplicateKeyException takenMeanwhile) {
            // Another administrator created this username between the check above and this insert.
            throw new InvalidAccount(new FormErrors().reject("username", "admin.user.username.taken", username));
        }
        return account;
    }

    @Override
    @Transactional
    public StaffAccount update(Actor actor, UUID userId, AccountChanges changes) {
        StaffAccount current = account(actor, userId);
        FormErrors errors = new FormErrors();
        AccountValidation.details(errors, changes.displayName(), changes.email(), changes.teamId(), changes.roles(),
                organisations.teams(current.organisationId()));
        if (changes.enabled() == null) {
            errors.reject("enabled", "admin.user.enabled.missing");
        } else if (userId.equals(actor.userId())
                && (!changes.enabled() || !changes.roles().contains(Role.ADMINISTRATOR))) {
            // Otherwise an organisation could be left with nobody able to manage its accounts.
            errors.reject("roles", "admin.user.selfLockout");
        }
        if (errors.any()) {
            throw new InvalidAccount(errors);
        }
        StaffAccount changed = new StaffAccount(current.id(), current.username(), changes.displayName().strip(),
                AccountValidation.blankToNull(changes.email()), current.organisationId(), current.organisationName(),
                current.hostOrganisation(), changes.teamId(), changes.enabled(), changes.roles());
        store.update(authorise(actor, Action.WRITE, userId, current.organisationId()), changed);
        if (!changed.enabled() || !changed.roles().equals(current.roles()) || !Objects.equals(changed.teamId(), current.teamId())) {
            // Their sessions hold the account as it was at sign-in.
            sessions.endAfterCommit(userId);
        }
        return changed;
    }

    @Override
    @Transactional
    public void resetPassword(Actor actor, UUID userId, String password) {
        UUID organisationId = organisationOf(userId);
        Grant grant = authorise(actor, Action.WRITE, userId, organisationId);
        FormErrors errors = new FormErrors();
        AccountValidation.password(errors, password, true);
        if (errors.any()) {
            throw new InvalidAccount(errors);
        }
        store.resetPassword(grant, userId, organisationId, passwords.encode(password));
        // Whoever knew the old password is signed out too.
        sessions.endAfterCommit(userId);
    }

    private Grant authorise(Actor actor, Action action, UUID userId, UUID organisationId) {
        return gate.authorise(actor, action, DataRef.subject(DataCategory.STAFF_ACCOUNT, userId, organisationId),
                Purpose.ADMINISTRATION);
    }

    private UUID organisationOf(UUID userId) {
        return store.organisationOf(userId).orElseThrow(() -> new NoSuchAccount(userId));
    }
}
