package org.joinery.index;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A person's Joinery ID: eight random Crockford base32 characters in two groups of four and a check
 * character, for example {@code 7K2M-Q9XD-H}. Crockford's alphabet has no I, L, O or U, so an ID read out
 * over the phone is not misheard; the check character (Luhn mod 32) catches any one mistyped character
 * and most swaps of two neighbours, so a wrong ID is refused rather than finding someone else.
 */
public final class JoineryId {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BASE = ALPHABET.length();
    private static final RandomGenerator RANDOM = new SecureRandom();

    private JoineryId() {
    }

    /** A new random Joinery ID. */
    public static String next() {
        return next(RANDOM);
    }

    static String next(RandomGenerator random) {
        StringBuilder body = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            body.append(ALPHABET.charAt(random.nextInt(BASE)));
        }
        return format(body.toString());
    }

    private static String format(String body) {
        return body.substring(0, 4) + "-" + body.substring(4) + "-" + check(body);
    }

    /**
     * The Joinery ID as written, tidied the way Crockford base32 allows (any case, spaces or hyphens anywhere,
     * O for 0, I and L for 1), or empty when it is not a valid ID.
     */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder symbols = new StringBuilder();
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            char d = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            if (ALPHABET.indexOf(d) < 0) {
                return Optional.empty();
            }
            symbols.append(d);
        }
        if (symbols.length() != 9) {
            return Optional.empty();
        }
        String body = symbols.substring(0, 8);
        return check(body) == symbols.charAt(8) ? Optional.of(format(body)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** Luhn mod N over the alphabet: doubles every other symbol from the right, so neighbour swaps change the sum. */
    public static char check(String body) {
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(body.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / BASE + addend % BASE;
        }
        return ALPHABET.charAt((BASE - sum % BASE) % BASE);
    }
}
