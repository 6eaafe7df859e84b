package org.joinery.sources;

import java.time.LocalDate;
import java.util.UUID;
import org.joinery.linkage.model.PersonField;

/**
 * A source record as it is now, mapped to the person schema: what linkage needs.
 *
 * @param fields the person fields by {@link PersonField#ordinal()}, null where the source has none;
 *               dates of birth are ISO yyyy-MM-dd
 */
public record CurrentRecord(long id, UUID sourceId, String recordKey, String[] fields, LocalDate openedOn,
                            LocalDate closedOn) {

    public String field(PersonField field) {
        return fields[field.ordinal()];
    }

    /** Open records are involvements: opened (or with no opened date) and not closed by the given day. */
    public boolean openOn(LocalDate day) {
        return (openedOn == null || !openedOn.isAfter(day)) && (closedOn == null || closedOn.isAfter(day));
    }
}
