package org.joinery.accounts.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.joinery.access.AccessFacts;
import org.joinery.access.AccessRequest;
import org.joinery.access.AccessRule;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.accounts.Provisioning;
import org.springframework.stereotype.Component;

/**
 * Joinery's own provisioning processes (the demo seed and the first-administrator command) may
 * create staff accounts; no other system process may.
 */
@Component
class ProvisioningRule implements AccessRule {

    @Override
    public Set<DataCategory> categories() {
        return Set.of(DataCategory.STAFF_ACCOUNT);
    }

    @Override
    public Optional<Decision> apply(AccessRequest request, AccessFacts facts) {
        if (request.purpose() != Purpose.ADMINISTRATION || !isProvisioning(request.actor())) {
            return Optional.empty();
        }
        return Optional.of(Decision.allow("provisioning", "Joinery provisions accounts: " + request.actor().username()));
    }

    private static boolean isProvisioning(Actor candidate) {
        return Arrays.stream(Provisioning.Process.values()).anyMatch(process -> process.actor().equals(candidate));
    }
}
