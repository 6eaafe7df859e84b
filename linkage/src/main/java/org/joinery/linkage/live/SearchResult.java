package org.joinery.linkage.live;

import java.util.List;

/**
 * The best candidates for a query, strongest first.
 *
 * @param scored   how many records were scored
 * @param narrowed true when some details matched more records than the index scores for one query (a
 *                 common name alone): giving more details (a date of birth, a postcode) narrows the search
 */
public record SearchResult(List<Candidate> candidates, int scored, boolean narrowed) {

    public boolean isEmpty() {
        return candidates.isEmpty();
    }
}
