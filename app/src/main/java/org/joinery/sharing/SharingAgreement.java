package org.joinery.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.DataCategory;
import org.joinery.access.Purpose;

/**
 * A data-sharing agreement: organisation "from" shares these categories of its data with
 * organisation "to", for one purpose, on one lawful basis, between two dates. Not personal data.
 *
 * @param endsOn  the last day it covers, or null for no end date
 * @param endedAt when an information governance officer ended it early, or null
 */
public record SharingAgreement(UUID id, String title, UUID fromOrganisationId, String fromOrganisationName,
                               UUID toOrganisationId, String toOrganisationName, Set<DataCategory> categories,
                               Purpose purpose, LawfulBasis lawfulBasis, ArticleCondition articleCondition,
                               LocalDate startsOn, LocalDate endsOn, UUID createdBy, Instant createdAt,
                               Instant endedAt, String endReason) {

    public SharingAgreement {
        categories = Set.copyOf(categories);
    }

    public AgreementStatus status(LocalDate today) {
        if (endedAt != null) {
            return AgreementStatus.ENDED_EARLY;
        }
        if (startsOn.isAfter(today)) {
            return AgreementStatus.NOT_YET_STARTED;
        }
        return endsOn != null && endsOn.isBefore(today) ? AgreementStatus.EXPIRED : AgreementStatus.IN_FORCE;
    }
}
