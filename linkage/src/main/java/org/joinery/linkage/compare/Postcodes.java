package org.joinery.linkage.compare;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parts of a postcode. A UK postcode "RM10 7AA" has district RM10 and sector "RM10 7". Other postcodes (such
 * as FEBRL's four-digit Australian ones) are treated as a hierarchy of digits: the sector drops the last
 * character and the district the last two.
 */
public final class Postcodes {

    private static final Pattern UK = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");

    private static final Pattern AT_END = Pattern.compile("[,\\s]*\\b([A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})\\s*$",
            Pattern.CASE_INSENSITIVE);

    private Postcodes() {
    }

    /**
     * A UK postcode written at the end of an address ("72 Wharf Crescent, Dagenham, RM10 9AP"): the address
     * without it and the postcode, or null when the address does not end with one.
     */
    public static String[] splitFromAddress(String address) {
        java.util.regex.Matcher matcher = AT_END.matcher(address);
        if (!matcher.find() || matcher.start() == 0) {
            return null;
        }
        return new String[] {address.substring(0, matcher.start()), matcher.group(1)};
    }

    /** Upper case, letters and digits only; null when empty. */
    public static String full(String postcode) {
        String compact = Normaliser.compact(postcode);
        return compact == null ? null : compact.toUpperCase(Locale.ROOT);
    }

    public static boolean isUk(String postcode) {
        String full = full(postcode);
        return full != null && UK.matcher(full).matches();
    }

    public static String sector(String postcode) {
        String full = full(postcode);
        if (full == null) {
            return null;
        }
        return UK.matcher(full).matches() ? full.substring(0, full.length() - 3) + " " + full.charAt(full.length() - 3)
                : full.length() < 2 ? null : full.substring(0, full.length() - 1);
    }

    public static String district(String postcode) {
        String full = full(postcode);
        if (full == null) {
            return null;
        }
        return UK.matcher(full).matches() ? full.substring(0, full.length() - 3)
                : full.length() < 3 ? null : full.substring(0, full.length() - 2);
    }
}
