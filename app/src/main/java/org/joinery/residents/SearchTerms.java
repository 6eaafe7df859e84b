package org.joinery.residents;

import java.util.List;
import java.util.Map;
import org.joinery.linkage.model.PersonField;

/**
 * The terms of a front-door search as its audit entry keeps them: one keyed hash per detail, over a normal form
 * of it, so that an information governance officer who types the same details (however spaced or capitalised)
 * finds the search, and nobody reading the log learns what was typed. The details come checked from
 * {@link FindForm}, on the front door and on the officer's "was this searched for?" alike.
 */
public interface SearchTerms {

    /** "field:hash" for each detail, in the order of the fields. */
    List<String> hashed(Map<PersonField, String> details);
}
