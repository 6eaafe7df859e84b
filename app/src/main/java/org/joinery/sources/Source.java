package org.joinery.sources;

import java.util.UUID;

/**
 * One organisation's dataset and how its columns map to the person schema. Not personal data.
 *
 * @param mappingJson   the linkage engine's mapping JSON for this source (without a file)
 * @param openedColumn  the column giving the date a record was opened, or null
 * @param closedColumn  the column giving the date a record was closed (empty while open), or null
 * @param sensitive     involvements derived from this source are hidden from other organisations
 * @param contact       whom other organisations should contact about a person this source holds
 */
public record Source(UUID id, UUID organisationId, String name, String title, String mappingJson, String openedColumn,
                     String closedColumn, boolean sensitive, String lawfulBasis, String contact) {
}
