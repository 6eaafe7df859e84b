package org.joinery.linkage.compare;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises values before comparison: accents removed, lower case, and only letters and digits kept (in any
 * script), so that "O'Brien", "o brien" and "Ó-Brien" agree. Text such as addresses keeps single spaces.
 */
public final class Normaliser {

    private Normaliser() {
    }

    /** Letters and digits only; null when nothing is left. */
    public static String compact(String value) {
        return keep(value, false);
    }

    /** Letters and digits, words separated by one space; null when nothing is left. */
    public static String words(String value) {
        return keep(value, true);
    }

    private static String keep(String value, boolean spaces) {
        if (value == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (gap && spaces && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                if (c == 'ß') {
                    out.append("ss");
                } else {
                    out.append(c);
                }
            } else if (c != '\'' && c != '’') {
                gap = true;
            }
        }
        return out.isEmpty() ? null : out.toString();
    }
}
