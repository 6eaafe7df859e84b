package org.joinery.synth;

import java.util.EnumSet;
import java.util.Set;

/** The six domains of disadvantage, each one bit of a resident's domain set. */
public enum Domain {
    HOMELESSNESS("homelessness"),
    SUBSTANCE_MISUSE("substance_misuse"),
    OFFENDING("offending"),
    MENTAL_ILL_HEALTH("mental_ill_health"),
    DOMESTIC_ABUSE("domestic_abuse"),
    WORKLESSNESS("worklessness");

    /** The number of domain combinations, including none. */
    public static final int COMBINATIONS = 1 << 6;

    private final String column;

    Domain(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public boolean in(int mask) {
        return (mask & bit()) != 0;
    }

    public static Set<Domain> of(int mask) {
        Set<Domain> domains = EnumSet.noneOf(Domain.class);
        for (Domain domain : values()) {
            if (domain.in(mask)) {
                domains.add(domain);
            }
        }
        return domains;
    }

    public static int maskOf(Set<Domain> domains) {
        int mask = 0;
        for (Domain domain : domains) {
            mask |= domain.bit();
        }
        return mask;
    }

    /** The Hard Edges three: homelessness, substance misuse and offending. */
    public static final int CORE = HOMELESSNESS.bit() | SUBSTANCE_MISUSE.bit() | OFFENDING.bit();
}
