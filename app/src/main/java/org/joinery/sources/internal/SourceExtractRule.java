package org.joinery.sources.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.AccessFacts;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.organisations.OrganisationAdministration;
import org.springframework.stereotype.Component;

/**
 * Who may send and read a source's extracts (SOURCE_EXTRACT): an organisation's administrators and its API keys
 * import its own sources (DATA_IMPORT); host administrators any organisation's; Joinery itself for the demo seed.
 * The same administrators read batches and error reports. Host administrators and Joinery read extracts for
 * record linkage. An API key of another organisation is refused outright.
 */
@Component
class SourceExtractRule implements AccessRule {

    static final String SYSTEM_RULE = "source-extract-system";
    static final String ADMINISTRATOR_RULE = "source-extract-administrator";
    static final String API_KEY_RULE = "source-extract-api-key";
    static final String OTHER_ORGANISATION_RULE = "source-extract-api-key-own-organisation-only";
    static final String LINKAGE_RULE = "source-extract-record-linkage";

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.SOURCE_EXTRACT);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        Actor actor = request.actor();
        UUID organisation = request.data().organisationId();
        if (request.purpose() == Purpose.RECORD_LINKAGE && request.action() == Action.READ
                && (actor.isSystem() || (actor.has(Role.ADMINISTRATOR) && actor.hostOrganisation()))) {
            return Optional.of(Decision.allow(LINKAGE_RULE, "The data team and Joinery read extracts to link records."));
        }
        if (request.purpose() != Purpose.DATA_IMPORT) {
            return Optional.empty();
        }
        if (actor.isSystem()) {
            return Optional.of(Decision.allow(SYSTEM_RULE, "Joinery itself imports extracts (the demo seed)."));
        }
        if (organisation != null && OrganisationAdministration.administers(actor, organisation)) {
            return Optional.of(Decision.allow(ADMINISTRATOR_RULE,
                    "Administrators import and check the extracts of the organisations they administer."));
        }
        if (ApiKeyActor.is(actor)) {
            if (actor.organisationId() != null && actor.organisationId().equals(organisation) && request.action() == Action.WRITE) {
                return Optional.of(Decision.allow(API_KEY_RULE, "An organisation's API key sends its own sources' extracts."));
            }
            return Optional.of(Decision.refuse(OTHER_ORGANISATION_RULE, actor.organisationId() == null
                    ? "The request has no live API key of the organisation that holds the source."
                    : "An API key sends extracts only for its own organisation's sources."));
        }
        return Optional.empty();
    }
}
