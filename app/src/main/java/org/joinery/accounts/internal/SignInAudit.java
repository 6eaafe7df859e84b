package org.joinery.accounts.internal;

import java.util.Optional;
import java.util.Set;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRequest;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.accounts.StaffAccount;
import org.joinery.platform.JoineryProperties;
import org.springframework.stereotype.Component;

/**
 * Puts every refused sign-in in the audit log under the username that was tried, so an information governance
 * officer can see someone guessing at an account, and when it was locked out. A username that names no account
 * is recorded only as a keyed hash: what was typed may be a password in the wrong box.
 */
@Component
class SignInAudit {

    /** Why a sign-in was refused, as the audit log names it. */
    enum Refusal {
        WRONG_PASSWORD("sign-in-failed", "Sign-in refused: the password was wrong."),
        LOCKED_OUT("sign-in-locked-out", "Sign-in refused without checking the password: too many failed sign-ins "
                + "for this username or from this address within %s."),
        ACCOUNT_DISABLED("sign-in-account-disabled", "Sign-in refused: the account is disabled.");

        final String rule;
        final String reason;

        Refusal(String rule, String reason) {
            this.rule = rule;
            this.reason = reason;
        }
    }

    private final AccessGate gate;
    private final AccountStore accounts;
    private final SignInThrottle throttle;
    private final JoineryProperties properties;

    SignInAudit(AccessGate gate, AccountStore accounts, SignInThrottle throttle, JoineryProperties properties) {
        this.gate = gate;
        this.accounts = accounts;
        this.throttle = throttle;
        this.properties = properties;
    }

    void refused(String username, String address, Refusal refusal) {
        Optional<StaffAccount> account = username == null || username.length() > AccountValidation.MAX_USERNAME
                ? Optional.empty()
                : accounts.withUsername(gate.authorise(StaffUserDetailsService.SIGN_IN, Action.READ,
                        DataRef.of(DataCategory.STAFF_ACCOUNT, null), Purpose.AUTHENTICATION), username);
        String reason = refusal.reason.formatted(properties.signIn().window().toMinutes() + " minutes")
                + (address == null ? "" : " From address " + address + ".");
        if (account.isPresent()) {
            StaffAccount tried = account.get();
            Actor as = new Actor(tried.id(), tried.username(), tried.organisationId(), false, Set.of());
            gate.recordRefusal(new AccessRequest(as, Action.READ, new DataRef(DataCategory.STAFF_CREDENTIALS,
                    tried.id().toString(), null, tried.organisationId()), Purpose.AUTHENTICATION),
                    Decision.refuse(refusal.rule, reason));
        } else {
            // The same keyed hash the throttle counts under, so repeated guesses at one unknown name line up.
            String hashed = "unknown username " + throttle.usernameKey(username).substring(0, 16);
            gate.recordRefusal(new AccessRequest(StaffUserDetailsService.SIGN_IN, Action.READ,
                    new DataRef(DataCategory.STAFF_CREDENTIALS, hashed, null, null), Purpose.AUTHENTICATION),
                    Decision.refuse(refusal.rule, reason + " No account has this username; it is kept only as a keyed hash."));
        }
    }
}
