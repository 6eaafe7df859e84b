package org.joinery.linkage.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of comparison level, in the words used in model JSON. */
public enum LevelKind {
    NULL("null", null),
    EXACT("exact", null),
    NORMALISED_EXACT("normalisedExact", null),
    JARO_WINKLER("jaroWinkler", "threshold"),
    DAMERAU_LEVENSHTEIN("damerauLevenshtein", "distance"),
    PHONETIC("phonetic", null),
    NICKNAME("nickname", null),
    SWAP("swap", null),
    INITIAL("initial", null),
    DAY_MONTH_SWAPPED("dayMonthSwapped", null),
    ONE_DIGIT_OFF("oneDigitOff", null),
    WITHIN_YEARS("withinYears", "years"),
    POSTCODE_SECTOR("postcodeSector", null),
    POSTCODE_DISTRICT("postcodeDistrict", null),
    ELSE("else", null);

    private final String jsonName;
    private final String parameterName;

    LevelKind(String jsonName, String parameterName) {
        this.jsonName = jsonName;
        this.parameterName = parameterName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The JSON name of this kind's one numeric parameter, or null when it has none. */
    public String parameterName() {
        return parameterName;
    }

    public static Optional<LevelKind> named(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
    }

    public static String allNames() {
        return Arrays.stream(values()).map(LevelKind::jsonName).collect(Collectors.joining(", "));
    }
}
