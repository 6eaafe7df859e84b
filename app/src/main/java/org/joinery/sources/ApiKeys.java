package org.joinery.sources;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.organisations.NotYourOrganisation;

/**
 * API keys an organisation's systems use to send extracts. A key is shown once, when created; only its SHA-256
 * and its first characters (to tell keys apart) are kept. A revoked key is refused from then on.
 */
public interface ApiKeys {

    /** A key as listed: never the key itself. */
    record Listed(UUID id, UUID organisationId, String name, String keyPrefix, OffsetDateTime createdAt,
                  OffsetDateTime revokedAt, OffsetDateTime lastUsedAt) {
    }

    /** A newly created key: {@code key} is shown once and then forgotten. */
    record Created(UUID id, String key, String keyPrefix) {
    }

    /** @throws NotYourOrganisation unless the actor administers the organisation */
    Created create(Actor actor, UUID organisationId, String name);

    List<Listed> of(UUID organisationId);

    Optional<Listed> find(UUID id);

    /** @throws NotYourOrganisation unless the actor administers the key's organisation */
    void revoke(Actor actor, UUID keyId);

    /** The actor a live key acts as, or empty for an unknown or revoked key. */
    Optional<Actor> authenticate(String key);

    /**
     * The actor of a request that came with no key, or a key that is unknown or revoked: it acts for no
     * organisation, so the gate refuses it (and records the refusal).
     *
     * @param what how the request came, as the audit entry names the actor
     */
    Actor withoutKey(String what);
}
