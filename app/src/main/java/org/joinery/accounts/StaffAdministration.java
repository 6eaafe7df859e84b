package org.joinery.accounts;

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
import org.joinery.organisations.Organisations;
import org.joinery.platform.web.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing staff accounts. Every read and write asks the access gate first, naming the
 * organisation the account belongs to, so an administrator reaches only the accounts their
 * organisation may manage and every attempt is audited.
 */
@Service
public class StaffAdministration {

    private final AccessGate gate;
    private final AccountStore store;
    private final Organisations organisations;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final LiveSessions sessions;

    StaffAdministration(AccessGate gate, AccountStore store, Organisations organisations, PasswordEncoder passwords, Clock clock,
            LiveSessions sessions) {
        this.gate = gate;
        this.store = store;
        this.organisations = organisations;
        this.passwords = passwords;
        this.clock = clock;
        this.sessions = sessions;
    }

    public List<StaffAccount> accountsOf(Actor actor, UUID organisationId) {
        Grant grant = gate.authorise(actor, Action.READ, DataRef.of(DataCategory.STAFF_ACCOUNT, organisationId), Purpose.ADMINISTRATION);
        return store.inOrganisation(grant, organisationId);
    }

    /** @throws NoSuchAccount if there is no such account; {@link org.joinery.access.AccessRefused} if not the actor's to manage */
    public StaffAccount account(Actor actor, UUID userId) {
        Grant grant = authorise(actor, Action.READ, userId, organisationOf(userId));
        return store.find(grant, userId).orElseThrow(() -> new NoSuchAccount(userId));
    }

    /**
     * @param passwordRequired whether the account must have a password (it need not where people sign in through OIDC)
     * @throws InvalidAccount listing every problem, having written nothing
     */
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

    /** @throws InvalidAccount listing every problem, having written nothing */
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
        StaffAccount changed = current.withDetails(changes.displayName().strip(), AccountValidation.blankToNull(changes.email()),
                changes.teamId(), changes.enabled(), changes.roles());
        store.update(authorise(actor, Action.WRITE, userId, current.organisationId()), changed);
        if (!changed.enabled() || !changed.roles().equals(current.roles()) || !Objects.equals(changed.teamId(), current.teamId())) {
            // Their sessions hold the account as it was at sign-in.
            sessions.endAfterCommit(userId);
        }
        return changed;
    }

    /** @throws InvalidAccount if the password is too short or too long, having written nothing */
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
