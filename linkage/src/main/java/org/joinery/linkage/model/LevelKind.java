package org.joinery.linkage.model;

import java.util.Optional;

/** The kinds of comparison level, in the words used in model JSON. */
public enum LevelKind implements JsonNamed {
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
    EXACT_AND_OTHER_EXACT("exactAndOtherExact", null),
    EXACT_AND_OTHER_NUMBERS("exactAndOtherNumbers", null),
    /** Derived, never in a model file: see {@link Comparison#otherUnknownLevel()}. */
    EXACT_OTHER_UNKNOWN("exactOtherUnknown", null),
    ELSE("else", null);

    private final String jsonName;
    private final String parameterName;

    LevelKind(String jsonName, String parameterName) {
        this.jsonName = jsonName;
        this.parameterName = parameterName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The JSON name of this kind's one numeric parameter, or null when it has none. */
    public String parameterName() {
        return parameterName;
    }

    public static Optional<LevelKind> named(String name) {
        return JsonNamed.find(LevelKind.class, name);
    }

    public static String allNames() {
        return JsonNamed.all(LevelKind.class);
    }
}
