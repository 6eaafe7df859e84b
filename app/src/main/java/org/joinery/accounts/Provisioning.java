package org.joinery.accounts;

import java.util.Arrays;
import org.joinery.access.Actor;
import org.springframework.stereotype.Service;

/**
 * Creates staff accounts as Joinery itself, for the demo seed and the first administrator of a
 * fresh database. Each process acts (and is audited) under its own name; {@link ProvisioningRule}
 * allows exactly these.
 */
@Service
public class Provisioning {

    /** The processes that may provision accounts. */
    public enum Process {
        DEMO_SEED("demo-seed"),
        FIRST_ADMINISTRATOR("first-administrator");

        private final Actor actor;

        Process(String name) {
            this.actor = Actor.system(name);
        }

        public Actor actor() {
            return actor;
        }

        static boolean isProvisioning(Actor candidate) {
            return Arrays.stream(values()).anyMatch(process -> process.actor.equals(candidate));
        }
    }

    private final StaffAdministration administration;

    Provisioning(StaffAdministration administration) {
        this.administration = administration;
    }

    /**
     * Creates an account with a password, which must meet the same rules as on the administration pages.
     *
     * @throws InvalidAccount listing every problem, having written nothing
     */
    public StaffAccount createUser(Process process, NewAccount account) {
        return administration.create(process.actor(), account, true);
    }
}
