package org.joinery.accounts.internal;

import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The signed-in sessions of staff accounts. A session holds a copy of its account made at sign-in,
 * so when an administrator disables an account or changes what it may do, its sessions are ended:
 * the person's next request is sent to sign in again, with the account as it now is.
 */
@Component
class LiveSessions {

    /** Absent when Joinery runs a command line without its web server: then there are no sessions. */
    private final ObjectProvider<SessionRegistry> registry;

    LiveSessions(ObjectProvider<SessionRegistry> registry) {
        this.registry = registry;
    }

    /** Ends the account's sessions once the change is committed (at once if there is no transaction). */
    void endAfterCommit(UUID userId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(userId);
                }
            });
        } else {
            end(userId);
        }
    }

    void end(UUID userId) {
        registry.ifAvailable(sessions -> {
            for (Object principal : sessions.getAllPrincipals()) {
                if (principal instanceof StaffPrincipal staff && staff.account().id().equals(userId)) {
                    sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
                }
            }
        });
    }
}
