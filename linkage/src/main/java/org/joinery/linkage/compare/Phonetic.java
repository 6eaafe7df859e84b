package org.joinery.linkage.compare;

/**
 * Joinery's phonetic key for names: a few English spelling rules (ph = f, ck = k, silent k in kn, ...) then a
 * Soundex-style coding of the consonants, without Soundex's four-character limit and with the first letter
 * coded too, so Catherine and Katherine agree. Names in other scripts are their own key.
 */
public final class Phonetic {

    private static final String[][] RULES = {
            {"tch", "ch"}, {"sch", "sk"}, {"ph", "f"}, {"ck", "k"}, {"dg", "j"}, {"gh", "g"}, {"th", "t"},
            {"qu", "kw"}, {"x", "ks"}};
    private static final String[][] STARTS = {{"kn", "n"}, {"wr", "r"}, {"ps", "s"}, {"gn", "n"}, {"wh", "w"}, {"x", "s"}};
    // a..z: 0 = vowel-like separator, otherwise the consonant class.
    private static final String CODES = "01230120022455012623010202";
    private static final int MAX_LENGTH = 8;

    private Phonetic() {
    }

    /** The key of a normalised value (see {@link Normaliser#compact}), or null for null. */
    public static String key(String normalised) {
        if (normalised == null) {
            return null;
        }
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c < 'a' || c > 'z') {
                return normalised;
            }
        }
        String s = normalised;
        for (String[] start : STARTS) {
            if (s.startsWith(start[0])) {
                s = start[1] + s.substring(start[0].length());
                break;
            }
        }
        for (String[] rule : RULES) {
            s = s.replace(rule[0], rule[1]);
        }
        StringBuilder key = new StringBuilder(MAX_LENGTH);
        char first = CODES.charAt(s.charAt(0) - 'a');
        key.append(first == '0' ? 'A' : first);
        char last = first;
        for (int i = 1; i < s.length() && key.length() < MAX_LENGTH; i++) {
            char c = s.charAt(i);
            char code = CODES.charAt(c - 'a');
            if (code != '0' && code != last) {
                key.append(code);
            }
            // h and w do not separate equal consonants (as in Soundex); vowels do.
            if (c != 'h' && c != 'w') {
                last = code;
            }
        }
        return key.toString();
    }
}
