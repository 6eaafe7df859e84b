package org.joinery.accounts;

import java.util.List;
import java.util.UUID;
import org.joinery.access.Actor;

/**
 * Managing staff accounts. Every read and write asks the access gate first, naming the
 * organisation the account belongs to, so an administrator reaches only the accounts their
 * organisation may manage and every attempt is audited.
 */
public interface StaffAdministration {

    List<StaffAccount> accountsOf(Actor actor, UUID organisationId);

    /** @throws NoSuchAccount if there is no such account; {@link org.joinery.access.AccessRefused} if not the actor's to manage */
    StaffAccount account(Actor actor, UUID userId);

    /**
     * @param passwordRequired whether the account must have a password (it need not where people sign in through OIDC)
     * @throws InvalidAccount listing every problem, having written nothing
     */
    StaffAccount create(Actor actor, NewAccount request, boolean passwordRequired);

    /** @throws InvalidAccount listing every problem, having written nothing */
    StaffAccount update(Actor actor, UUID userId, AccountChanges changes);

    /** @throws InvalidAccount if the password is too short or too long, having written nothing */
    void resetPassword(Actor actor, UUID userId, String password);
}
