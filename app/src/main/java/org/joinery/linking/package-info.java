/**
 * Linkage: full and incremental runs that link source records into the persons of the resident index (written
 * through {@link org.joinery.index.Persons}), the linkage models they use, the scored pairs' explanations, and
 * clerical review. The API is this package; runs, stores and review logic are in {@code internal}, the data
 * team's pages in {@code web}.
 */
package org.joinery.linking;
