package org.joinery.platform.web;

import java.util.Set;
import org.joinery.access.Actor;
import org.joinery.access.Role;

/**
 * The signed-in user as pages see them. The accounts module puts one of these into the security
 * context as the principal; other modules read it, never the accounts tables.
 */
public interface CurrentUser {

    Actor actor();

    String displayName();

    String organisationName();

    default Set<Role> roles() {
        return actor().roles();
    }

    default boolean has(Role role) {
        return actor().has(role);
    }
}
