package org.joinery.accounts.internal;

import java.util.Optional;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.accounts.StaffAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the Joinery account for someone the identity provider has signed in. Accounts are created
 * by administrators beforehand: the provider's subject identifies a person once linked; the first
 * time, a trustworthy email address that exactly one unlinked account has links them. Nobody else
 * gets in, and a disabled account does not either.
 */
@Service
class OidcAccounts {

    private final AccessGate gate;
    private final AccountStore store;

    OidcAccounts(AccessGate gate, AccountStore store) {
        this.gate = gate;
        this.store = store;
    }

    /**
     * @param emailTrusted whether the provider vouches for the email address (email_verified, or a
     *                     provider configured as trusted)
     */
    @Transactional
    public Optional<StaffAccount> match(String subject, String email, boolean emailTrusted) {
        Grant read = gate.authorise(StaffUserDetailsService.SIGN_IN, Action.READ,
                DataRef.of(DataCategory.STAFF_CREDENTIALS, null), Purpose.AUTHENTICATION);
        Optional<StaffAccount> linked = store.withOidcSubject(read, subject);
        if (linked.isPresent()) {
            return linked.filter(StaffAccount::enabled);
        }
        if (!emailTrusted || email == null || email.isBlank()) {
            return Optional.empty();
        }
        Optional<StaffAccount> byEmail = store.unlinkedWithEmail(read, email.strip()).filter(StaffAccount::enabled);
        byEmail.ifPresent(account -> {
            Grant link = gate.authorise(StaffUserDetailsService.SIGN_IN, Action.WRITE,
                    DataRef.subject(DataCategory.STAFF_CREDENTIALS, account.id(), account.organisationId()),
                    Purpose.AUTHENTICATION);
            store.linkOidcSubject(link, account.id(), subject);
        });
        return byEmail;
    }
}
