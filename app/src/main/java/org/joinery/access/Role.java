package org.joinery.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What a user does in Joinery. A user may hold several roles. Administrators can give every role declared
 * ({@link #values()}); a module that adds one declares it in a class loaded at start-up (its access rule, say) and
 * names it in its messages ({@code role.NAME}).
 *
 * <p>Open to new domains: a module declares its own as a constant of its API,
 * {@code public static final Role X = Role.of("X");}, without editing this module. One name is one instance
 * (as with an enum, {@code ==} compares), and the name is what the audit log and the database store, so a
 * stored name always reads back as the same value.
 */
public final class Role implements Serializable, Comparable<Role> {

    private static final Vocabulary<Role> KNOWN = new Vocabulary<>("role", Role::new);

    public static final Role PRACTITIONER = of("PRACTITIONER");
    public static final Role TEAM_MANAGER = of("TEAM_MANAGER");
    public static final Role INFORMATION_GOVERNANCE_OFFICER = of("INFORMATION_GOVERNANCE_OFFICER");
    public static final Role ANALYST = of("ANALYST");
    public static final Role ADMINISTRATOR = of("ADMINISTRATOR");

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final int order;

    private Role(String name, int order) {
        this.name = name;
        this.order = order;
    }

    /** The role of this name (upper case, digits and underscores), declared on first use. */
    public static Role of(String name) {
        return KNOWN.of(name);
    }

    /** The role of this name if one is declared; never declares one (for names that come from a form). */
    public static Optional<Role> find(String name) {
        return KNOWN.find(name);
    }

    /** Every role declared so far, in the order declared. */
    public static List<Role> values() {
        return KNOWN.values();
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name;
    }

    /** Roles sort in the order declared, as the enum's did (the home page shows them so). */
    @Override
    public int compareTo(Role other) {
        return Integer.compare(order, other.order);
    }

    /** The name, as stored in the audit log and the database. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** One name, one instance, also after a session is read back. */
    @Serial
    private Object readResolve() {
        return of(name);
    }
}
