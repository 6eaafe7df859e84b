package org.joinery.synth;

import java.time.LocalDate;

/** One source's view of a resident, as it will be written: already carrying its errors. */
final class SourceRecord {

    Resident resident;
    String forename;
    String middleName;
    String surname;
    char sex;
    LocalDate dateOfBirth;
    Address address;
    String postcode;
    String phone;
    String email;
    String nhsNumber;
    String niNumber;
    /** A nickname the source keeps beside the forename ("known as"), if it asks for one. */
    String knownAs;
    /** The age the resident gave, for a source that asks for it. */
    Integer ageAtReferral;
    LocalDate referred;
    LocalDate opened;
    LocalDate closed;
    /** The errors made in this record, for the truth file. */
    final StringBuilder errors = new StringBuilder();
    String recordId;

    void noteError(ErrorType type) {
        if (!errors.isEmpty()) {
            errors.append(';');
        }
        errors.append(type.optionName());
    }
}
