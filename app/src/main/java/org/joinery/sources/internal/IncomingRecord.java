package org.joinery.sources.internal;

import java.time.LocalDate;

/**
 * One row of a batch ready to apply: its record key, the row as received (JSON, column to text) and its hash,
 * and its mapping to the person schema.
 *
 * @param fields the person fields by ordinal, null where empty
 */
record IncomingRecord(String key, int line, String rowHash, String rawJson, String[] fields, LocalDate openedOn,
                             LocalDate closedOn) {
}
