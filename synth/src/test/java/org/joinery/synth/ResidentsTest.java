package org.joinery.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResidentsTest {

    private static List<Resident> residents;
    private static Map<Long, List<Resident>> households;

    @BeforeAll
    static void makeBorough() {
        residents = SyntheticResidents.make(100_000, 5);
        households = residents.stream().collect(Collectors.groupingBy(r -> r.household));
    }

    @Test
    void aboutAQuarterOfResidentsAreUnderSixteen() {
        double under16 = (double) residents.stream().filter(r -> r.ageOn(Period.END) < 16).count() / residents.size();
        assertThat(under16).isCloseTo(0.25, within(0.035));
    }

    @Test
    void namesComeFromTheDocumentedMixOfOrigins() {
        Map<Origin, Long> byOrigin = residents.stream().collect(Collectors.groupingBy(r -> r.origin, Collectors.counting()));
        for (Origin origin : Origin.values()) {
            assertThat((double) byOrigin.getOrDefault(origin, 0L) / residents.size()).as(origin.name())
                    .isCloseTo(origin.share, within(0.03));
        }
        assertThat(residents.stream().map(r -> r.surname).distinct().count()).isGreaterThan(500);
        assertThat(residents.stream().filter(r -> r.middleName != null).count()).isGreaterThan(residents.size() / 5);
    }

    @Test
    void everyHouseholdLivesAtOneAddressAndMostFamiliesShareASurname() {
        long sharing = 0;
        long families = 0;
        for (List<Resident> members : households.values()) {
            assertThat(members.stream().map(r -> r.address).distinct()).hasSize(1);
            if (members.size() > 1) {
                families++;
                if (members.stream().map(r -> r.surname).distinct().count() == 1) {
                    sharing++;
                }
            }
        }
        assertThat((double) sharing / families).isGreaterThan(0.4);
    }

    @Test
    void somePartnersLivingTogetherHaveDifferentSurnames() {
        long differing = households.values().stream()
                .filter(members -> members.size() >= 2 && members.get(1).adultOn(Period.END)
                        && !members.get(0).surname.equals(members.get(1).surname))
                .count();
        assertThat(differing).isGreaterThan(1_000);
    }

    @Test
    void twinsShareABirthdayAndSurnameButAreDifferentPeople() {
        long twins = households.values().stream().mapToLong(members -> {
            Set<String> seen = new HashSet<>();
            return members.stream().filter(r -> !r.adultOn(Period.END))
                    .filter(r -> !seen.add(r.dateOfBirth + "/" + r.surname)).count();
        }).sum();
        assertThat(twins).isGreaterThan(50);
    }

    @Test
    void someAdultsShareAnAddressSurnameAndBirthdayOrForenameWithAnotherAdultYetAreDifferentPeople() {
        long adultTwins = 0;
        long namesakes = 0;
        for (List<Resident> members : households.values()) {
            List<Resident> adults = members.stream().filter(r -> r.adultOn(Period.END)).toList();
            for (int i = 0; i < adults.size(); i++) {
                for (int j = i + 1; j < adults.size(); j++) {
                    Resident a = adults.get(i);
                    Resident b = adults.get(j);
                    if (a.surname.equals(b.surname) && a.dateOfBirth.equals(b.dateOfBirth)) {
                        adultTwins++;
                    }
                    if (a.surname.equals(b.surname) && a.forename.equals(b.forename)) {
                        namesakes++;
                    }
                }
            }
        }
        assertThat(adultTwins).isGreaterThan(10);
        assertThat(namesakes).isGreaterThan(10);
    }

    @Test
    void someResidentsMoveHouseAndSomeChangeSurnameDuringTheYear() {
        long moved = residents.stream().filter(r -> r.movedOn != null && !r.movedOn.isBefore(Period.START)).count();
        long renamed = residents.stream().filter(r -> r.surnameChangedOn != null && !r.surnameChangedOn.isBefore(Period.START)).count();
        assertThat((double) moved / residents.size()).isCloseTo(0.10, within(0.02));
        assertThat(renamed).isGreaterThan(50);
    }

    @Test
    void addressesAreInRealPostcodesOfAllNineteenWards() {
        Set<String> postcodes = new HashSet<>();
        ReferenceData.get().wards.forEach(ward -> postcodes.addAll(ward.postcodes()));
        assertThat(postcodes).containsAll(residents.stream().map(r -> r.address.postcode()).collect(Collectors.toSet()));
        assertThat(residents.stream().map(r -> r.address.ward()).distinct().count()).isEqualTo(19);
        assertThat(residents.stream().map(r -> r.address.postcode()).distinct().count()).isGreaterThan(3_000);
    }

    @Test
    void identifiersAreUniqueAmongResidents() {
        assertThat(duplicates(r -> r.nhsNumber)).isZero();
        assertThat(duplicates(r -> r.niNumber == null ? null : r.niNumber.substring(0, 8))).isZero();
        assertThat(residents.stream().map(r -> r.id).distinct().count()).isEqualTo(residents.size());
    }

    private static long duplicates(Function<Resident, String> identifier) {
        List<String> values = residents.stream().map(identifier).filter(v -> v != null).toList();
        return values.size() - values.stream().distinct().count();
    }
}
