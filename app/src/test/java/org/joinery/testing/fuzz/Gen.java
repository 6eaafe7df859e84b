package org.joinery.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generators of hostile text: the characters real extracts and forms bring (accents, other scripts, emoji, marks
 * that reorder or hide text, byte-order marks, control characters, CSV's own punctuation), edge lengths and
 * values that look almost right.
 */
public final class Gen {

    private static final String ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String PUNCTUATION = " ,;\"'`-_.:/\\|!?()[]{}<>@#$%^&*+=~";
    private static final String[] UNICODE = {"é", "ß", "Ł", "ø", "Ñ", "ü", "Ω", "Ж", "中", "ت", "ע", "अ", "\u0301",
            "\u200B", "\u200D", "\u202E", "\u2019", "\uFEFF", "\u00A0", "\u3000", "😀", "👩‍👩‍👧", "\uD835\uDD04",
            "٣", "０", "ﬁ", "İ", "ı"};
    private static final String CONTROLS = "\u0000\u0001\u0007\u0008\t\u000B\u000C\u001B\u001F\u007F\u0085";

    private Gen() {
    }

    public static <T> T oneOf(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    public static <T> T oneOf(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    public static boolean chance(Random random, double probability) {
        return random.nextDouble() < probability;
    }

    /** Any text up to {@code max} characters, mostly plain, sometimes anything at all. */
    public static String text(Random random, int max) {
        int length = length(random, max);
        StringBuilder text = new StringBuilder(length);
        int kind = random.nextInt(10);
        while (text.length() < length) {
            int pick = random.nextInt(100);
            if (kind < 5 || pick < 60) {
                text.append(ASCII.charAt(random.nextInt(ASCII.length())));
            } else if (pick < 75) {
                text.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
            } else if (pick < 88) {
                text.append(oneOf(random, UNICODE));
            } else if (pick < 94) {
                text.append(CONTROLS.charAt(random.nextInt(CONTROLS.length())));
            } else if (pick < 97) {
                text.append(oneOf(random, "\n", "\r\n", "\r"));
            } else {
                text.append((char) random.nextInt(0x10000));
            }
        }
        return text.toString();
    }

    /** Plain letters and digits. */
    public static String word(Random random, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(ASCII.charAt(random.nextInt(ASCII.length())));
        }
        return word.toString();
    }

    /** A length biased to the edges: empty, one, the maximum, just past it, and occasionally very long. */
    public static int length(Random random, int max) {
        return switch (random.nextInt(12)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> max;
            case 3 -> max + 1;
            case 4 -> max * 10 + random.nextInt(max + 1);
            default -> random.nextInt(max + 1);
        };
    }

    public static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** The text without control characters, except line breaks and tabs (which a value may hold). */
    public static String printable(String text) {
        return text.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\t')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** A generated case as a reader can see it: control characters escaped, long values cut. */
    public static String show(Object input) {
        String text = input instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(input);
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(1500).forEach(c -> {
            if (Character.isISOControl(c) && c != '\n') {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.length() > 1500 ? shown + "… (" + text.length() + " characters)" : shown.toString();
    }
}
