package org.joinery.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a practitioner types at the front door, as the form's fields ({@code forenames}, {@code day}, ...). */
public record SearchInput(Map<String, String> fields) {

    public SearchInput {
        fields = Map.copyOf(fields);
    }

    /** A search by name and date of birth; either part may be left out by giving null. */
    public static SearchInput of(String forenames, String surname, String day, String month, String year, String postcode) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "forenames", forenames);
        put(fields, "surname", surname);
        put(fields, "day", day);
        put(fields, "month", month);
        put(fields, "year", year);
        put(fields, "postcode", postcode);
        return new SearchInput(fields);
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.strip());
        }
    }
}
