package org.joinery.linkage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A blocking rule: the pairs whose keys are all equal (and present). Written as text such as
 * {@code surname & year(date_of_birth)}.
 */
public record BlockingRule(List<BlockingKey> keys) {

    private static final Pattern FUNCTION = Pattern.compile("([a-z]+)\\(([a-z_]+)\\)");

    public BlockingRule {
        keys = List.copyOf(keys);
    }

    /** Parses a rule, or throws {@link InvalidModelException} saying which part is wrong. */
    public static BlockingRule parse(String text) {
        List<BlockingKey> keys = new ArrayList<>();
        for (String part : text.split("&")) {
            String token = part.trim();
            Matcher function = FUNCTION.matcher(token);
            String fieldName = function.matches() ? function.group(2) : token;
            KeyFunction keyFunction = KeyFunction.VALUE;
            if (function.matches()) {
                keyFunction = KeyFunction.named(function.group(1)).orElseThrow(() -> new InvalidModelException(
                        "blocking rule '" + text + "' uses the unknown function '" + function.group(1)
                                + "'; use phonetic, initial, year, sector or district"));
            }
            PersonField field = PersonField.named(fieldName).orElseThrow(() -> new InvalidModelException(
                    "blocking rule '" + text + "' names the field '" + fieldName
                            + "', which is not in the person schema (" + PersonField.allNames() + ")"));
            keys.add(new BlockingKey(field, keyFunction));
        }
        if (keys.isEmpty()) {
            throw new InvalidModelException("a blocking rule is empty");
        }
        return new BlockingRule(keys);
    }

    public boolean uses(PersonField field) {
        return keys.stream().anyMatch(k -> k.field() == field);
    }

    @Override
    public String toString() {
        return keys.stream().map(BlockingKey::toString).collect(Collectors.joining(" & "));
    }
}
