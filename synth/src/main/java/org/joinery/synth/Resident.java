package org.joinery.synth;

import java.time.LocalDate;

/** One synthetic resident: the truth every source record of them is a (noisy) view of. */
final class Resident {

    int index;
    String id;
    long household;
    Origin origin;
    char sex;
    String forename;
    String middleName;
    String surname;
    /** The surname before a change (marriage, divorce, deed poll), with the day it changed; null if none. */
    String previousSurname;
    LocalDate surnameChangedOn;
    LocalDate dateOfBirth;
    Address address;
    /** The address before the last move, and the day of the move; null if they have not moved. */
    Address previousAddress;
    LocalDate movedOn;
    String phone;
    String email;
    String nhsNumber;
    String niNumber;
    int domains;

    int ageOn(LocalDate day) {
        return java.time.Period.between(dateOfBirth, day).getYears();
    }

    boolean adultOn(LocalDate day) {
        return ageOn(day) >= 18;
    }

    String surnameOn(LocalDate day) {
        return previousSurname != null && day.isBefore(surnameChangedOn) ? previousSurname : surname;
    }

    Address addressOn(LocalDate day) {
        return previousAddress != null && day.isBefore(movedOn) ? previousAddress : address;
    }
}
