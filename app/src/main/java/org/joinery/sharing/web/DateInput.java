package org.joinery.sharing.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.joinery.platform.web.FormErrors;

/** Reads a GOV.UK date input (day, month, year boxes): all empty is no date; anything else must be a real date. */
final class DateInput {

    private DateInput() {
    }

    /** The date, or null when all three boxes are empty or it is not a real date (then rejected as {@code keyPrefix.invalid}). */
    static LocalDate read(FormErrors errors, String field, String day, String month, String year, String keyPrefix) {
        String d = blankToEmpty(day);
        String m = blankToEmpty(month);
        String y = blankToEmpty(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        try {
            if (y.length() != 4) {
                throw new NumberFormatException("year must have 4 digits");
            }
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            errors.reject(field, keyPrefix + ".invalid");
            return null;
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
