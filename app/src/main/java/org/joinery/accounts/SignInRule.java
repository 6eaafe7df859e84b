package org.joinery.accounts;

import java.util.Optional;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.springframework.stereotype.Component;

/**
 * Joinery's sign-in process may read a staff member's credentials to check a sign-in, and link an
 * identity provider's subject to an account on its first OIDC sign-in; nothing else may touch them.
 */
@Component
class SignInRule implements AccessRule {

    @Override
    public Optional<Decision> apply(AccessRequest request) {
        if (request.data().category() != DataCategory.STAFF_CREDENTIALS) {
            return Optional.empty();
        }
        if (!request.actor().equals(StaffUserDetailsService.SIGN_IN) || request.purpose() != Purpose.AUTHENTICATION) {
            return Optional.of(Decision.refuse("credentials-sign-in-only", "Credentials are used only to check a sign-in."));
        }
        return Optional.of(request.action() == Action.READ
                ? Decision.allow("sign-in", "Joinery checks credentials to sign a user in.")
                : Decision.allow("oidc-link", "Joinery links an identity provider's subject to an account on its first sign-in."));
    }
}
