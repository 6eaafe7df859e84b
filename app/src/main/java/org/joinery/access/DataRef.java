package org.joinery.access;

import java.util.Objects;
import java.util.UUID;

/**
 * What is being touched: a category of data, optionally about one subject (a person or a staff
 * member) and one record, held by (or belonging to) an organisation.
 *
 * @param subjectId      whose data it is, or null for a list or a search
 * @param recordId       which record, or null for all of that subject's records in the category
 * @param organisationId the organisation that holds the data or that it belongs to, or null for all
 */
public record DataRef(DataCategory category, String subjectId, String recordId, UUID organisationId) {

    public DataRef {
        Objects.requireNonNull(category, "category");
    }

    public static DataRef of(DataCategory category, UUID organisationId) {
        return new DataRef(category, null, null, organisationId);
    }

    public static DataRef subject(DataCategory category, Object subjectId, UUID organisationId) {
        return new DataRef(category, String.valueOf(subjectId), null, organisationId);
    }
}
