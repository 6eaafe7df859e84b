package org.joinery.accounts.internal;

import java.util.Optional;
import java.util.Set;
import org.joinery.access.AccessFacts;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.organisations.OrganisationAdministration;
import org.springframework.stereotype.Component;

/**
 * Administrators read and write the staff accounts of their own organisation; administrators of
 * the host organisation those of every organisation. Anyone else falls to the default refusal.
 */
@Component
class StaffAdministrationRule implements AccessRule {

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.STAFF_ACCOUNT);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        if (request.purpose() != Purpose.ADMINISTRATION) {
            return Optional.empty();
        }
        if (!OrganisationAdministration.administers(request.actor(), request.data().organisationId())) {
            return Optional.empty();
        }
        return Optional.of(request.actor().hostOrganisation()
                ? Decision.allow("host-staff-administration", "Administrators of the host organisation manage every organisation's accounts.")
                : Decision.allow("staff-administration", "Administrators manage their own organisation's accounts."));
    }
}
