package org.joinery.synth;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Identifiers that look real but can never belong to a real person: NHS numbers in the 999 test
 * range, National Insurance numbers with prefixes never issued, Ofcom drama telephone numbers and
 * e-mail addresses at the reserved example domains.
 */
final class Identifiers {

    /** Prefixes HM Revenue and Customs never issues (administrative and temporary use). */
    static final String[] NEVER_ISSUED_NI_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"};
    private static final int NHS_BASES = 1_000_000;

    private Identifiers() {
    }

    /**
     * The resident's NHS number: 999 followed by a unique six-digit body (a fixed permutation of the
     * resident's position) and the modulus-11 check digit; null where the body has no valid check
     * digit or the range is used up, as for a resident not registered with a GP.
     */
    static String nhsNumber(int residentIndex) {
        if (residentIndex >= NHS_BASES) {
            return null;
        }
        long body = (residentIndex * 379_721L + 123_457L) % NHS_BASES;
        String nine = "999" + String.format(Locale.ROOT, "%06d", body);
        int check = nhsCheckDigit(nine);
        return check < 0 ? null : nine + check;
    }

    /** The modulus-11 check digit of the first nine digits, or -1 if none is valid (remainder 10). */
    static int nhsCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    static boolean validNhsNumber(String number) {
        return number != null && number.matches("\\d{10}")
                && nhsCheckDigit(number.substring(0, 9)) == number.charAt(9) - '0';
    }

    /** A unique National Insurance number such as "NT 48 21 07 C" (written without spaces). */
    static String niNumber(int residentIndex, SplitRandom random) {
        String prefix = NEVER_ISSUED_NI_PREFIXES[residentIndex % NEVER_ISSUED_NI_PREFIXES.length];
        long body = ((residentIndex / NEVER_ISSUED_NI_PREFIXES.length) * 590_609L + 271_828L) % 1_000_000L;
        return prefix + String.format(Locale.ROOT, "%06d", body) + (char) ('A' + random.nextInt(4));
    }

    /** A mobile in Ofcom's drama range 07700 900000–900999, or a London landline 020 7946 0000–0999. */
    static String phone(SplitRandom random) {
        if (random.chance(0.9)) {
            return String.format(Locale.ROOT, "07700 900%03d", random.nextInt(1000));
        }
        return String.format(Locale.ROOT, "020 7946 0%03d", random.nextInt(1000));
    }

    static String email(String forename, String surname, SplitRandom random) {
        String[] domains = {"example.com", "example.org", "example.net"};
        String local = switch (random.nextInt(3)) {
            case 0 -> ascii(forename) + "." + ascii(surname);
            case 1 -> ascii(forename).charAt(0) + ascii(surname) + random.between(1, 99);
            default -> ascii(forename) + ascii(surname).charAt(0) + random.between(70, 2009);
        };
        return local + "@" + domains[random.nextInt(domains.length)];
    }

    /** Lower-case letters only, accents removed: how most systems squeeze a name into an identifier. */
    static String ascii(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String letters = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return letters.isEmpty() ? "x" : letters;
    }
}
