package org.joinery.accounts.internal;

import java.util.Optional;
import java.util.UUID;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.PersonalDataStore;

/**
 * Deliberately bad, for the architecture test: a personal-data store of the accounts module left public, so
 * that code of another module can reach it (as {@code architecture.fixtures.CrossModuleStoreUser} does). The
 * real stores are package-private in their module's {@code internal} package, which the compiler already guards.
 */
@PersonalDataStore(tables = "fixture_accounts")
public class PublicStoreFixture {

    public Optional<String> find(Grant grant, UUID id) {
        grant.require(DataCategory.STAFF_ACCOUNT, Action.READ);
        return Optional.empty();
    }
}
