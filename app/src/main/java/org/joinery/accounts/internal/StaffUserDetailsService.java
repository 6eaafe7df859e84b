package org.joinery.accounts.internal;

import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up a local account for sign-in, through the access gate like every other read. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    static final Actor SIGN_IN = Actor.system("sign-in");

    private final AccessGate gate;
    private final AccountStore accounts;

    StaffUserDetailsService(AccessGate gate, AccountStore accounts) {
        this.gate = gate;
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.length() > AccountValidation.MAX_USERNAME) {
            // No such account can exist, and the audit log need not hold whatever was typed.
            throw new UsernameNotFoundException("No local account");
        }
        // The subject is left out on purpose: what was typed may be a password in the wrong box,
        // and the audit log must never hold it. The lookup itself is still recorded.
        var grant = gate.authorise(SIGN_IN, Action.READ,
                DataRef.of(DataCategory.STAFF_CREDENTIALS, null), Purpose.AUTHENTICATION);
        return accounts.credentials(grant, username)
                .filter(c -> c.passwordHash() != null)
                .map(c -> new SignedInUser(c.account(), c.passwordHash()))
                // The message is never shown: sign-in failures all read the same.
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
