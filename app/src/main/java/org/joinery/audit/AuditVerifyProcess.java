package org.joinery.audit;

import org.joinery.access.Actor;

/** The actor the command line uses to verify the chain. */
public final class AuditVerifyProcess {

    public static final Actor ACTOR = Actor.system("audit-verify");

    private AuditVerifyProcess() {
    }
}
