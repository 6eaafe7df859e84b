package org.joinery.sharing;

import java.util.function.Function;
import org.joinery.access.DataCategory;
import org.joinery.access.Purpose;

/**
 * A page, API or export that shows personal data of one category for one purpose, and the marker
 * that shows the holding organisation's data is on it. The access matrix asks every surface of a
 * case's category and purpose whether the marker is visible, and expects it exactly when the case
 * says the actor sees the holder's data.
 *
 * @param section where on the page the marker is looked for (a CSS selector), or null for the whole response: a
 *                part of a page (its history, say) is a surface of its own when other parts show the same data
 */
record Surface(String name, DataCategory category, Purpose purpose, Function<SharingScenario, String> url,
               Function<SharingScenario, String> marker, String section) {

    Surface(String name, DataCategory category, Purpose purpose, Function<SharingScenario, String> url,
            Function<SharingScenario, String> marker) {
        this(name, category, purpose, url, marker, null);
    }

    @Override
    public String toString() {
        return name;
    }
}
