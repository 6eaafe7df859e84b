package org.joinery.sources;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The registered sources. Sources describe datasets, not people, so reading them needs no grant. */
public interface Sources {

    List<Source> all();

    Optional<Source> named(String name);

    Optional<Source> find(UUID id);

    /**
     * The sensitive sources (a refuge's, say) of every organisation but this one: those a reader of this
     * organisation may not learn hold a record of anyone. All sensitive sources when the organisation is null.
     */
    Set<UUID> sensitiveOutside(UUID organisationId);

    List<Source> ofOrganisation(UUID organisationId);

    /** The source's columns, fixed at registration from a sample or by the first batch; empty until then. */
    Optional<List<String>> columns(UUID sourceId);
}
