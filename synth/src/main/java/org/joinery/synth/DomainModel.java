package org.joinery.synth;

import static org.joinery.synth.Domain.DOMESTIC_ABUSE;
import static org.joinery.synth.Domain.HOMELESSNESS;
import static org.joinery.synth.Domain.MENTAL_ILL_HEALTH;
import static org.joinery.synth.Domain.OFFENDING;
import static org.joinery.synth.Domain.SUBSTANCE_MISUSE;
import static org.joinery.synth.Domain.WORKLESSNESS;

/**
 * Which domains of disadvantage a resident is in contact with services for during the year.
 *
 * <p>The Hard Edges three (homelessness, substance misuse, offending) are drawn together: first
 * whether the resident is in contact with any of them (a chance that varies with age, sex and the
 * ward's need index), then which combination, from a table whose shares give the Hard Edges
 * figures: 38% of those in contact are in two or more, 10% in all three. Mental ill health,
 * domestic abuse and worklessness are then drawn conditionally on how many of the three the
 * resident has, and domestic abuse strongly on mental ill health. Parameters and their sources are
 * in docs/demo-borough.md; only adults (18 and over) are in contact with these adult services.
 */
final class DomainModel {

    static final long PURPOSE = 3;

    /** Chance an average adult is in contact with at least one of the Hard Edges three in the year. */
    static final double CORE_CONTACT = 0.03;
    static final double TARGET_TWO_OR_MORE = 0.38;
    static final double TARGET_ALL_THREE = 0.10;

    /** Combinations of the three given contact with at least one, and their shares (sum 1). */
    static final int[] CORE_COMBINATIONS = {
        HOMELESSNESS.bit(), SUBSTANCE_MISUSE.bit(), OFFENDING.bit(),
        HOMELESSNESS.bit() | SUBSTANCE_MISUSE.bit(), HOMELESSNESS.bit() | OFFENDING.bit(), SUBSTANCE_MISUSE.bit() | OFFENDING.bit(),
        Domain.CORE};
    static final double[] CORE_SHARES = {0.16, 0.18, 0.28, 0.07, 0.08, 0.13, 0.10};
    private static final double[] CORE_CUMULATIVE = cumulative(CORE_SHARES);

    /** Age bands (lower bounds) and their multipliers for the Hard Edges three. */
    private static final int[] AGE_FROM = {18, 25, 35, 45, 55, 65};
    private static final double[] CORE_BY_AGE = {1.2, 1.45, 1.4, 1.0, 0.55, 0.12};
    private static final double[] MENTAL_HEALTH_BY_AGE = {1.1, 1.1, 1.1, 1.0, 0.9, 0.8};
    static final double CORE_MALE = 1.45;
    static final double CORE_FEMALE = 0.55;

    /** Chance of mental ill health given 0, 1, 2 or 3 of the Hard Edges three. */
    static final double[] MENTAL_HEALTH = {0.025, 0.30, 0.45, 0.60};
    /** Chance of domestic abuse given 0..3 of the three, for women and men; times the mental-health factor. */
    static final double[] DOMESTIC_ABUSE_FEMALE = {0.008, 0.15, 0.25, 0.35};
    static final double[] DOMESTIC_ABUSE_MALE = {0.0015, 0.03, 0.05, 0.07};
    static final double DOMESTIC_ABUSE_IF_MENTAL_HEALTH = 3.0;
    /** Chance of worklessness (working age only) given 0..3 of the three; mental ill health and abuse add to it. */
    static final double[] WORKLESSNESS_CHANCE = {0.07, 0.45, 0.60, 0.75};
    static final double WORKLESSNESS_IF_MENTAL_HEALTH = 0.30;
    static final double WORKLESSNESS_IF_DOMESTIC_ABUSE = 0.15;

    private final long seed;
    private final ReferenceData data = ReferenceData.get();

    DomainModel(long seed) {
        this.seed = seed;
    }

    void assign(Resident resident) {
        int age = resident.ageOn(Period.END);
        if (age < 18) {
            resident.domains = 0;
            return;
        }
        SplitRandom random = SplitRandom.of(seed, PURPOSE, resident.index);
        double need = data.wards.get(resident.address.ward()).needIndex();
        int band = band(age);
        int mask = 0;
        double core = CORE_CONTACT * CORE_BY_AGE[band] * (resident.sex == 'M' ? CORE_MALE : CORE_FEMALE) * need;
        if (random.chance(core)) {
            mask = CORE_COMBINATIONS[random.pickCumulative(CORE_CUMULATIVE)];
        }
        int coreCount = Integer.bitCount(mask);
        double mentalHealth = MENTAL_HEALTH[coreCount] * (coreCount == 0 ? MENTAL_HEALTH_BY_AGE[band] * Math.sqrt(need) : 1);
        if (random.chance(mentalHealth)) {
            mask |= MENTAL_ILL_HEALTH.bit();
        }
        double abuse = (resident.sex == 'F' ? DOMESTIC_ABUSE_FEMALE : DOMESTIC_ABUSE_MALE)[coreCount]
                * (MENTAL_ILL_HEALTH.in(mask) ? DOMESTIC_ABUSE_IF_MENTAL_HEALTH : 1) * (age >= 65 ? 0.4 : 1);
        if (random.chance(Math.min(0.9, abuse))) {
            mask |= DOMESTIC_ABUSE.bit();
        }
        if (age < 65) {
            double workless = WORKLESSNESS_CHANCE[coreCount] * (coreCount == 0 ? need : 1);
            if (MENTAL_ILL_HEALTH.in(mask)) {
                workless = 1 - (1 - workless) * (1 - WORKLESSNESS_IF_MENTAL_HEALTH);
            }
            if (DOMESTIC_ABUSE.in(mask)) {
                workless = 1 - (1 - workless) * (1 - WORKLESSNESS_IF_DOMESTIC_ABUSE);
            }
            if (random.chance(workless)) {
                mask |= WORKLESSNESS.bit();
            }
        }
        resident.domains = mask;
    }

    private static int band(int age) {
        int band = 0;
        while (band + 1 < AGE_FROM.length && age >= AGE_FROM[band + 1]) {
            band++;
        }
        return band;
    }

    private static double[] cumulative(double[] shares) {
        double[] cumulative = new double[shares.length];
        double total = 0;
        for (int i = 0; i < shares.length; i++) {
            total += shares[i];
            cumulative[i] = total;
        }
        return cumulative;
    }
}
