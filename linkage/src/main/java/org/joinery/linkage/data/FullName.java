package org.joinery.linkage.data;

/**
 * Splits a whole name as extracts write it: "SURNAME, Forenames" (a comma puts the surname first) or
 * "Forenames Surname" (the last word is the surname; a double-barrelled "Smith-Jones" stays one word).
 */
public final class FullName {

    private FullName() {
    }

    /** Forenames and surname; either may be null. */
    public static String[] split(String fullName) {
        String name = fullName.trim().replaceAll("\\s+", " ");
        int comma = name.indexOf(',');
        if (comma >= 0) {
            return new String[] {blankToNull(name.substring(comma + 1)), blankToNull(name.substring(0, comma))};
        }
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return new String[] {null, blankToNull(name)};
        }
        return new String[] {blankToNull(name.substring(0, space)), blankToNull(name.substring(space + 1))};
    }

    private static String blankToNull(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
