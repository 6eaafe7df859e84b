package org.joinery.platform.web;

import java.util.Optional;
import org.joinery.access.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Finds the signed-in user in the security context. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The actor for the signed-in user; pages that reach personal data are never anonymous. */
    public static Actor actor() {
        return current().map(CurrentUser::actor)
                .orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }
}
