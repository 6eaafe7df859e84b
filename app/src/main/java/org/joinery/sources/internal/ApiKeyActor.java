package org.joinery.sources.internal;

import java.util.Set;
import java.util.UUID;
import org.joinery.access.Actor;

/**
 * An organisation's system sending extracts with an API key: an actor with no roles, named after the key's
 * prefix, acting for the key's organisation. Only the API's authentication makes one from a live key.
 */
final class ApiKeyActor {

    static final String PREFIX = "api-key:";

    private ApiKeyActor() {
    }

    static Actor of(UUID keyId, String keyPrefix, UUID organisationId) {
        return new Actor(keyId, PREFIX + keyPrefix, organisationId, false, Set.of());
    }

    /** A request that came with no key, or a key that is unknown or revoked: it acts for no organisation. */
    static Actor unknown(String what) {
        return new Actor(new UUID(0, 1), PREFIX + what, null, false, Set.of());
    }

    static boolean is(Actor actor) {
        return !actor.isSystem() && actor.roles().isEmpty() && actor.username().startsWith(PREFIX);
    }
}
