package org.joinery.residents;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.joinery.linkage.model.PersonField;

/**
 * "Any identifier" the resident gives: which kind it is, told by its format, and its value as the index
 * compares it. A value that looks like one kind but is not valid for it gets that kind's own message.
 *
 * @param field the person field it is, or null when it is not valid
 * @param value the value to search for (NHS number and phone as digits, NI number in capitals, email in
 *              lower case)
 * @param error the message key saying what is wrong, or null
 */
public record Identifier(PersonField field, String value, String error) {

    /** Longer than any email address can be (RFC 5321), so no longer value is searched or stored. */
    static final int MAX_LENGTH = 254;
    private static final Pattern NI = Pattern.compile("[A-Z]{2}\\d{6}[A-D]");
    // No spaces of any script, control or invisible formatting characters: they are never part of an address.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Z}\\p{C}]+@[^@\\s\\p{Z}\\p{C}]+\\.[^@\\s\\p{Z}\\p{C}]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\-().]");
    private static final Pattern LOOKS_NI = Pattern.compile("[A-Za-z]{2}.*");

    public static Optional<Identifier> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of(invalid("find.identifier.tooLong"));
        }
        if (text.contains("@")) {
            return Optional.of(EMAIL.matcher(text).matches() ? valid(PersonField.EMAIL, text.toLowerCase(Locale.ROOT))
                    : invalid("find.identifier.email"));
        }
        String compact = SEPARATORS.matcher(text).replaceAll("");
        if (LOOKS_NI.matcher(compact).matches()) {
            String upper = compact.toUpperCase(Locale.ROOT);
            return Optional.of(NI.matcher(upper).matches() ? valid(PersonField.NI_NUMBER, upper) : invalid("find.identifier.ni"));
        }
        if (compact.startsWith("+44")) {
            compact = "0" + compact.substring(3);
        }
        if (!compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // Digits of other scripts (Arabic-Indic, full-width) are digits to Java but not to the index.
            return Optional.of(invalid(compact.chars().allMatch(Character::isDigit) ? "find.identifier.digits"
                    : "find.identifier.unknown"));
        }
        if (compact.startsWith("0")) {
            return Optional.of(compact.length() == 10 || compact.length() == 11 ? valid(PersonField.PHONE, compact)
                    : invalid("find.identifier.phone"));
        }
        if (compact.length() == 10) {
            return Optional.of(nhsCheckDigitHolds(compact) ? valid(PersonField.NHS_NUMBER, compact)
                    : invalid("find.identifier.nhsCheck"));
        }
        return Optional.of(invalid("find.identifier.unknown"));
    }

    /** NHS numbers end in a modulus 11 check digit, so most mistyped numbers are caught before searching. */
    static boolean nhsCheckDigitHolds(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private static Identifier valid(PersonField field, String value) {
        return new Identifier(field, value, null);
    }

    private static Identifier invalid(String error) {
        return new Identifier(null, null, error);
    }

    public boolean valid() {
        return error == null;
    }

    /** The message key naming the kind, for "Searched using the … you gave". */
    public String kindKey() {
        return "find.identifier.kind." + field.jsonName();
    }
}
