package org.joinery.linkage.model;

import java.util.Optional;

/** The common person schema every source is mapped to. */
public enum PersonField implements JsonNamed {
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

    @Override
    public String jsonName() {
        return jsonName;
    }

    public FieldType type() {
        return type;
    }

    public static Optional<PersonField> named(String name) {
        return JsonNamed.find(PersonField.class, name);
    }

    public static String allNames() {
        return JsonNamed.all(PersonField.class);
    }
}
