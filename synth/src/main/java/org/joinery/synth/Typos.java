package org.joinery.synth;

import java.util.Locale;

/** Keyboard slips, phonetic spellings and postcode mistakes, applied to one string. */
final class Typos {

    private static final String[] KEYBOARD = {
        "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    /** Spellings that sound alike, tried in order; the first that applies is used. */
    private static final String[][] PHONETIC = {
        {"ph", "f"}, {"ck", "k"}, {"mm", "m"}, {"nn", "n"}, {"ll", "l"}, {"tt", "t"}, {"ss", "s"},
        {"ee", "ea"}, {"ie", "y"}, {"ey", "y"}, {"ou", "ow"}, {"ai", "ay"}, {"oo", "u"}, {"th", "t"},
        {"ch", "sh"}, {"ae", "e"}, {"ah", "a"}, {"ph", "ff"}, {"c", "k"}, {"k", "c"}, {"z", "s"},
        {"s", "z"}, {"v", "w"}, {"w", "v"}, {"y", "i"}, {"i", "y"}, {"o", "u"}, {"u", "o"}, {"e", "a"}};

    private Typos() {
    }

    /** A keyboard slip somewhere after the first letter. */
    static String keyboard(String word, SplitRandom random) {
        if (word.length() < 3) {
            return word + word.charAt(word.length() - 1);
        }
        int at = 1 + random.nextInt(word.length() - 1);
        char c = word.charAt(at);
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + neighbour(c, random) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + c + word.substring(at);
            default -> at + 1 < word.length()
                    ? word.substring(0, at) + word.charAt(at + 1) + c + word.substring(at + 2)
                    : word.substring(0, at - 1) + c + word.charAt(at - 1);
        };
    }

    private static char neighbour(char c, SplitRandom random) {
        char lower = Character.toLowerCase(c);
        for (String row : KEYBOARD) {
            int i = row.indexOf(lower);
            if (i >= 0) {
                int j = i == 0 ? 1 : i == row.length() - 1 ? i - 1 : i + (random.chance(0.5) ? 1 : -1);
                char n = row.charAt(j);
                return Character.isUpperCase(c) ? Character.toUpperCase(n) : n;
            }
        }
        return 'e';
    }

    /** The word spelt as it sounds, or null if no rule applies. */
    static String phonetic(String word, SplitRandom random) {
        String lower = word.toLowerCase(Locale.ROOT);
        int start = random.nextInt(PHONETIC.length);
        for (int k = 0; k < PHONETIC.length; k++) {
            String[] rule = PHONETIC[(start + k) % PHONETIC.length];
            int at = lower.indexOf(rule[0], 1);
            if (at > 0) {
                String replaced = lower.substring(0, at) + rule[1] + lower.substring(at + rule[0].length());
                return Character.toUpperCase(word.charAt(0)) + replaced.substring(1);
            }
        }
        return null;
    }

    /** A postcode with one wrong character (a digit off by one, a letter changed) or no space. */
    static String postcode(String postcode, SplitRandom random) {
        if (random.chance(0.25)) {
            return postcode.replace(" ", "");
        }
        int at;
        do {
            at = random.nextInt(postcode.length());
        } while (postcode.charAt(at) == ' ' || at == 0);
        char c = postcode.charAt(at);
        char wrong = Character.isDigit(c)
                ? (char) ('0' + (c - '0' + (random.chance(0.5) ? 1 : 9)) % 10)
                : (char) ('A' + (c - 'A' + 1 + random.nextInt(25)) % 26);
        return postcode.substring(0, at) + wrong + postcode.substring(at + 1);
    }
}
