package org.joinery.linkage.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The common person schema every source is mapped to. */
public enum PersonField {
    FORENAMES("forenames", FieldType.NAME),
    SURNAME("surname", FieldType.NAME),
    PREVIOUS_SURNAMES("previous_surnames", FieldType.NAME),
    SEX("sex", FieldType.CODE),
    DATE_OF_BIRTH("date_of_birth", FieldType.DATE),
    ADDRESS("address", FieldType.TEXT),
    TOWN("town", FieldType.TEXT),
    POSTCODE("postcode", FieldType.POSTCODE),
    PHONE("phone", FieldType.CODE),
    EMAIL("email", FieldType.TEXT),
    NHS_NUMBER("nhs_number", FieldType.CODE),
    NI_NUMBER("ni_number", FieldType.CODE);

    private final String jsonName;
    private final FieldType type;

    PersonField(String jsonName, FieldType type) {
        this.jsonName = jsonName;
        this.type = type;
    }

    public String jsonName() {
        return jsonName;
    }

    public FieldType type() {
        return type;
    }

    public static Optional<PersonField> named(String name) {
        return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
    }

    public static String allNames() {
        return Arrays.stream(values()).map(PersonField::jsonName).collect(Collectors.joining(", "));
    }
}
