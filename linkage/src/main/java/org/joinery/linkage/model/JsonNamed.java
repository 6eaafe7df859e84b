package org.joinery.linkage.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum constant with the name it has in JSON files. */
interface JsonNamed {

    String jsonName();

    static <E extends Enum<E> & JsonNamed> Optional<E> find(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> Objects.equals(e.jsonName(), name)).findFirst();
    }

    static <E extends Enum<E> & JsonNamed> String all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(JsonNamed::jsonName).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
