package org.joinery.organisations;

import java.util.UUID;

/**
 * An organisation of the place.
 *
 * @param host whether this organisation runs this Joinery; its administrators manage every organisation
 */
public record Organisation(UUID id, String name, OrganisationType type, boolean host) {
}
