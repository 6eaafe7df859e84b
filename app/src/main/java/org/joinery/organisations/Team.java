package org.joinery.organisations;

import java.util.UUID;

/** A team within one organisation; its name is unique within that organisation. */
public record Team(UUID id, UUID organisationId, String name) {
}
