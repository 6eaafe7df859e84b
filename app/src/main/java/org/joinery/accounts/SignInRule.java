package org.joinery.accounts;

import java.util.Optional;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.springframework.stereotype.Component;

/** Joinery's sign-in process may read a staff member's credentials to check a sign-in, and nothing else may. */
@Component
class SignInRule implements AccessRule {

    @Override
    public Optional<Decision> apply(AccessRequest request) {
        if (request.data().category() != DataCategory.STAFF_CREDENTIALS) {
            return Optional.empty();
        }
        boolean signIn = request.actor().equals(StaffUserDetailsService.SIGN_IN)
                && request.action() == Action.READ && request.purpose() == Purpose.AUTHENTICATION;
        return Optional.of(signIn
                ? Decision.allow("sign-in", "Joinery checks credentials to sign a user in.")
                : Decision.refuse("credentials-sign-in-only", "Credentials are read only to check a sign-in."));
    }
}
