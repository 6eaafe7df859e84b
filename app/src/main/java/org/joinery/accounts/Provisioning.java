package org.joinery.accounts;

import org.joinery.access.Actor;

/**
 * Creates staff accounts as Joinery itself, for the demo seed and the first administrator of a
 * fresh database. Each process acts (and is audited) under its own name; the accounts module's
 * provisioning rule allows exactly these.
 */
public interface Provisioning {

    /** The processes that may provision accounts. */
    enum Process {
        DEMO_SEED("demo-seed"),
        FIRST_ADMINISTRATOR("first-administrator");

        private final Actor actor;

        Process(String name) {
            this.actor = Actor.system(name);
        }

        public Actor actor() {
            return actor;
        }
    }

    /**
     * Creates an account with a password, which must meet the same rules as on the administration pages.
     *
     * @throws InvalidAccount listing every problem, having written nothing
     */
    StaffAccount createUser(Process process, NewAccount account);
}
