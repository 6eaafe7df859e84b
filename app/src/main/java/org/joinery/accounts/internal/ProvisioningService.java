package org.joinery.accounts.internal;

import org.joinery.accounts.NewAccount;
import org.joinery.accounts.Provisioning;
import org.joinery.accounts.StaffAccount;
import org.joinery.accounts.StaffAdministration;
import org.springframework.stereotype.Service;

/** Provisions accounts through the same administration, and so the same checks, as the administration pages. */
@Service
class ProvisioningService implements Provisioning {

    private final StaffAdministration administration;

    ProvisioningService(StaffAdministration administration) {
        this.administration = administration;
    }

    @Override
    public StaffAccount createUser(Process process, NewAccount account) {
        return administration.create(process.actor(), account, true);
    }
}
