package org.joinery.accounts.internal;

import java.util.Optional;
import java.util.Set;
import org.joinery.access.AccessFacts;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.springframework.stereotype.Component;

/**
 * Joinery's sign-in process may read a staff member's credentials to check a sign-in, and link an
 * identity provider's subject to an account on its first OIDC sign-in; nothing else may touch them. After a
 * refused sign-in it may look up which account the username named, so that the refusal is audited under it.
 */
@Component
class SignInRule implements AccessRule {

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.STAFF_ACCOUNT, DataCategory.STAFF_CREDENTIALS);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        if (request.data().category() == DataCategory.STAFF_ACCOUNT && request.purpose() == Purpose.AUTHENTICATION
                && request.action() == Action.READ && request.actor().equals(StaffUserDetailsService.SIGN_IN)) {
            return Optional.of(Decision.allow("sign-in-failure-account",
                    "Joinery looks up the account a refused sign-in named, to record the refusal under it."));
        }
        if (request.data().category() == DataCategory.STAFF_ACCOUNT) {
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
