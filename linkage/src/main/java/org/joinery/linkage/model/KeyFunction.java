package org.joinery.linkage.model;

import java.util.Optional;

/** How a blocking rule turns a field into a key: the value itself or a coarser form of it. */
public enum KeyFunction implements JsonNamed {
    VALUE(null), PHONETIC("phonetic"), INITIAL("initial"), YEAR("year"), SECTOR("sector"), DISTRICT("district");

    private final String jsonName;

    KeyFunction(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    public static Optional<KeyFunction> named(String name) {
        return JsonNamed.find(KeyFunction.class, name);
    }
}
