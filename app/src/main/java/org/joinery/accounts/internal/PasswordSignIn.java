package org.joinery.accounts.internal;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in with a username and password, refusing once the username or the client address has
 * failed too often. Spring's {@link DaoAuthenticationProvider} checks the password: it hashes a
 * dummy password when the username is unknown, so the time taken does not say whether a username
 * exists; and it refuses a disabled account only after checking its password, for the same reason.
 * Every refusal, for whatever reason, is the same {@link SignInRefused} to the person signing in, and is
 * audited with its real reason under the username tried ({@link SignInAudit}).
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInAudit audit;

    PasswordSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, SignInAudit audit) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        // Counted before the password is checked, so parallel guesses cannot all slip under the limit.
        SignInThrottle.Attempt counted = throttle.begin(username, address);
        if (!counted.allowed()) {
            audit.refused(username, address, SignInAudit.Refusal.LOCKED_OUT);
            throw new SignInRefused();
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (AuthenticationException | IllegalArgumentException e) {
            // IllegalArgumentException: bcrypt refuses passwords over 72 bytes; that is a failure like any other.
            audit.refused(username, address, SignInAudit.Refusal.WRONG_PASSWORD);
            throw new SignInRefused();
        }
        if (result.getPrincipal() instanceof SignedInUser user && !user.account().enabled()) {
            audit.refused(username, address, SignInAudit.Refusal.ACCOUNT_DISABLED);
            throw new SignInRefused();
        }
        throttle.succeeded(counted);
        if (result.getPrincipal() instanceof SignedInUser user) {
            // Keep no password hash in the session.
            SignedInUser signedIn = user.withoutPassword();
            var token = UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities());
            token.setDetails(result.getDetails());
            return token;
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * One exception for every refusal. An account-status exception, so that no other
     * authentication provider is asked after this one has refused.
     */
    static final class SignInRefused extends AccountStatusException {
        SignInRefused() {
            super("Sign-in refused");
        }
    }
}
