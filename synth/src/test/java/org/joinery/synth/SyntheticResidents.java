package org.joinery.synth;

import java.util.ArrayList;
import java.util.List;

/** Residents made in memory, as the generator makes them, for tests of the model. */
final class SyntheticResidents {

    private SyntheticResidents() {
    }

    static List<Resident> make(int count, long seed) {
        Households households = new Households(seed);
        DomainModel domains = new DomainModel(seed);
        List<Resident> residents = new ArrayList<>(count + 8);
        for (long household = 0; residents.size() < count; household++) {
            for (Resident resident : households.build(household, residents.size())) {
                if (residents.size() < count) {
                    domains.assign(resident);
                    residents.add(resident);
                }
            }
        }
        return residents;
    }
}
