package org.joinery.sources;

import java.util.Map;
import java.util.UUID;

/**
 * A source record for people to read: the mapped person fields and the row as received.
 *
 * @param raw the row as received, column name to text, in the source's column order
 */
public record RecordDetails(CurrentRecord record, UUID organisationId, String sourceName, Map<String, String> raw) {
}
