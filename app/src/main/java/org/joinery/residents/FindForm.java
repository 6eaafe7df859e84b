package org.joinery.residents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.joinery.linkage.model.PersonField;
import org.joinery.platform.web.FormErrors;

/**
 * What the practitioner typed at the front door, as the form sends it, and its checks: each problem gets its
 * own message, and nothing is searched until there are none.
 */
public class FindForm {

    static final int MAX_NAME = 100;
    private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}");
    // Letters of any script with their marks, and the punctuation names have; at least one letter.
    private static final Pattern NAME = Pattern.compile("[\\p{M}'\\u2019 .\\-]*\\p{L}[\\p{L}\\p{M}'\\u2019 .\\-]*");

    private String forenames = "";
    private String surname = "";
    private String day = "";
    private String month = "";
    private String year = "";
    private String postcode = "";
    private String identifier = "";

    /** The checked details to search for, with the kind of identifier given. */
    public record Query(Map<PersonField, String> details, Identifier identifier) {
    }

    /** The details, or empty with the problems put in {@code errors}. */
    public Optional<Query> check(FormErrors errors, LocalDate today) {
        Map<PersonField, String> details = new EnumMap<>(PersonField.class);
        name("forenames", forenames, PersonField.FORENAMES, details, errors);
        name("surname", surname, PersonField.SURNAME, details, errors);
        dateOfBirth(today, details, errors);
        String code = postcode.strip();
        if (!code.isEmpty()) {
            if (POSTCODE.matcher(code).matches()) {
                String compact = code.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
                details.put(PersonField.POSTCODE, compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
            } else {
                errors.reject("postcode", "find.postcode.format");
            }
        }
        Identifier id = Identifier.parse(identifier).orElse(null);
        if (id != null && !id.valid()) {
            errors.reject("identifier", id.error());
        } else if (id != null) {
            details.put(id.field(), id.value());
        }
        if (!errors.any() && details.isEmpty()) {
            errors.reject("forenames", "find.empty");
        }
        return errors.any() ? Optional.empty() : Optional.of(new Query(details, id));
    }

    private static void name(String field, String value, PersonField personField, Map<PersonField, String> details,
                             FormErrors errors) {
        String name = value.strip();
        if (name.isEmpty()) {
            return;
        }
        if (name.length() > MAX_NAME) {
            errors.reject(field, "find." + field + ".tooLong", MAX_NAME);
        } else if (!NAME.matcher(name).matches()) {
            errors.reject(field, "find." + field + ".characters");
        } else {
            details.put(personField, name);
        }
    }

    /** A GOV.UK date input: all three parts or none; a real date, in the past, after 1900. */
    private void dateOfBirth(LocalDate today, Map<PersonField, String> details, FormErrors errors) {
        String d = day.strip();
        String m = month.strip();
        String y = year.strip();
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return;
        }
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            String missing = d.isEmpty() ? "day" : m.isEmpty() ? "month" : "year";
            errors.reject("dob-" + missing, "find.dob.missing." + missing);
            return;
        }
        if (!d.matches("\\d{1,2}")) {
            errors.reject("dob-day", "find.dob.real");
            return;
        }
        if (!m.matches("\\d{1,2}")) {
            errors.reject("dob-month", "find.dob.real");
            return;
        }
        if (!y.matches("\\d{4}")) {
            errors.reject("dob-year", "find.dob.year");
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            errors.reject("dob-day", "find.dob.real");
            return;
        }
        if (date.isAfter(today)) {
            errors.reject("dob-day", "find.dob.future");
        } else if (date.getYear() < 1900) {
            errors.reject("dob-year", "find.dob.tooEarly");
        } else {
            details.put(PersonField.DATE_OF_BIRTH, date.toString());
        }
    }

    public String getForenames() {
        return forenames;
    }

    public void setForenames(String forenames) {
        this.forenames = forenames == null ? "" : forenames;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname == null ? "" : surname;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day == null ? "" : day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month == null ? "" : month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year == null ? "" : year;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode == null ? "" : postcode;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier == null ? "" : identifier;
    }
}
