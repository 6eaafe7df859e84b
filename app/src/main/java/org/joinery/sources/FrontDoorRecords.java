package org.joinery.sources;

import java.util.Map;
import org.joinery.access.Grant;
import org.joinery.linkage.model.PersonField;

/**
 * Each organisation's "front door" source: the details a practitioner typed when Joinery did not know the
 * resident, kept as that organisation's source records like any extract's, so they link, show on the person
 * page and count as the organisation's record. The source is registered on first use.
 */
public interface FrontDoorRecords {

    /** The source of the organisation's front-door registrations is named this, then the organisation's id. */
    String SOURCE_PREFIX = "front-door-";

    /**
     * Adds the typed details as a new record of the grant's organisation's front-door source (open from today).
     * The grant: WRITE IDENTITY for DIRECT_CARE, organisation the practitioner's own.
     */
    CurrentRecord register(Grant grant, Map<PersonField, String> details);
}
