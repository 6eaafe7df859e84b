package org.joinery.sharing;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.DataCategory;
import org.joinery.access.Purpose;

/** An agreement to record, as an officer entered it or the demo seeder sets it up; {@link Agreements} checks it. */
public record NewAgreement(String title, UUID fromOrganisationId, UUID toOrganisationId, Set<DataCategory> categories,
                           Purpose purpose, LawfulBasis lawfulBasis, ArticleCondition articleCondition,
                           LocalDate startsOn, LocalDate endsOn) {

    public NewAgreement {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
