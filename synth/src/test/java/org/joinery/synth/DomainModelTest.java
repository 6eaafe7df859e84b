package org.joinery.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domains of disadvantage at 100,000 residents against the targets in docs/demo-borough.md.
 * Tolerances are about four standard errors of each share at this size.
 */
class DomainModelTest {

    private static List<Resident> residents;
    private static List<Resident> adults;

    @BeforeAll
    static void makeBorough() {
        residents = SyntheticResidents.make(100_000, 11);
        adults = residents.stream().filter(r -> r.adultOn(Period.END)).toList();
    }

    private static double share(List<Resident> among, Predicate<Resident> which) {
        return (double) among.stream().filter(which).count() / among.size();
    }

    private static boolean in(Resident resident, Domain domain) {
        return domain.in(resident.domains);
    }

    private static int coreCount(Resident resident) {
        return Integer.bitCount(resident.domains & Domain.CORE);
    }

    @Test
    void ofThoseInContactWithHomelessnessSubstanceMisuseOrOffendingAbout38PercentAreInTwoOrMore() {
        List<Resident> inContact = residents.stream().filter(r -> coreCount(r) > 0).toList();
        assertThat(inContact.size()).isGreaterThan(1_000);
        assertThat(share(inContact, r -> coreCount(r) >= 2)).isCloseTo(DomainModel.TARGET_TWO_OR_MORE, within(0.03));
    }

    @Test
    void ofThoseInContactWithHomelessnessSubstanceMisuseOrOffendingAbout10PercentAreInAllThree() {
        List<Resident> inContact = residents.stream().filter(r -> coreCount(r) > 0).toList();
        assertThat(share(inContact, r -> coreCount(r) == 3)).isCloseTo(DomainModel.TARGET_ALL_THREE, within(0.02));
    }

    /** Expected share of adults (18 and over) in contact for each domain in a year; see docs/demo-borough.md. */
    @Test
    void eachDomainsRateAmongAdultsLandsWithinFifteenPercentOfItsTarget() {
        double[] targets = {0.0140, 0.0163, 0.0197, 0.0380, 0.0098, 0.0888};
        for (Domain domain : Domain.values()) {
            double target = targets[domain.ordinal()];
            assertThat(share(adults, r -> in(r, domain))).as(domain.name()).isCloseTo(target, within(target * 0.15));
        }
    }

    @Test
    void mentalIllHealthFollowsItsConditionalChanceGivenHowManyOfTheThreeAResidentHas() {
        for (int k = 1; k <= 3; k++) {
            int count = k;
            List<Resident> stratum = adults.stream().filter(r -> coreCount(r) == count).toList();
            double tolerance = 4 * Math.sqrt(DomainModel.MENTAL_HEALTH[k] * (1 - DomainModel.MENTAL_HEALTH[k]) / stratum.size());
            assertThat(share(stratum, r -> in(r, Domain.MENTAL_ILL_HEALTH))).as("with %d of the three", k)
                    .isCloseTo(DomainModel.MENTAL_HEALTH[k], within(tolerance));
        }
    }

    @Test
    void domesticAbuseAndMentalIllHealthOverlapStrongly() {
        double mentalHealth = share(adults, r -> in(r, Domain.MENTAL_ILL_HEALTH));
        List<Resident> abused = adults.stream().filter(r -> in(r, Domain.DOMESTIC_ABUSE)).toList();
        assertThat(share(abused, r -> in(r, Domain.MENTAL_ILL_HEALTH))).isGreaterThan(5 * mentalHealth);
        List<Resident> unwell = adults.stream().filter(r -> in(r, Domain.MENTAL_ILL_HEALTH)).toList();
        assertThat(share(unwell, r -> in(r, Domain.DOMESTIC_ABUSE)))
                .isGreaterThan(3 * share(adults, r -> in(r, Domain.DOMESTIC_ABUSE)));
    }

    @Test
    void theThreeAreMoreCommonInWardsOfHigherNeed() {
        List<Ward> wards = ReferenceData.get().wards;
        Predicate<Resident> highNeed = r -> wards.get(r.address.ward()).needIndex() >= 1.2;
        Predicate<Resident> lowNeed = r -> wards.get(r.address.ward()).needIndex() <= 0.75;
        double high = share(adults.stream().filter(highNeed).toList(), r -> coreCount(r) > 0);
        double low = share(adults.stream().filter(lowNeed).toList(), r -> coreCount(r) > 0);
        assertThat(high).isGreaterThan(1.4 * low);
    }

    @Test
    void theThreeAreMoreCommonAmongYoungerAdultsThanAmongPensioners() {
        double working = share(adults.stream().filter(r -> r.ageOn(Period.END) >= 25 && r.ageOn(Period.END) < 45).toList(),
                r -> coreCount(r) > 0);
        double pensioners = share(adults.stream().filter(r -> r.ageOn(Period.END) >= 65).toList(), r -> coreCount(r) > 0);
        assertThat(working).isGreaterThan(4 * pensioners);
    }

    @Test
    void childrenAreInContactWithNoneOfTheseAdultServices() {
        assertThat(residents.stream().filter(r -> !r.adultOn(Period.END)).allMatch(r -> r.domains == 0)).isTrue();
    }
}
