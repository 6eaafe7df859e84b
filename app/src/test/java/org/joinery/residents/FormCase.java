package org.joinery.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.joinery.testing.fuzz.Gen;
import org.joinery.testing.fuzz.Shrink;

/**
 * A generated front-door form: names of many scripts, dates odd and real, postcodes, identifiers of every kind
 * (and digits of other scripts, control characters, huge values), with what each field must do where that is
 * certain: be accepted ({@code ok}) or refused ({@code error}).
 *
 * @param expect for each field id (forenames, surname, dob, postcode, identifier): "ok" or "error"; absent when
 *               either may be right
 */
record FormCase(List<Map.Entry<String, String>> fields, Map<String, String> expect) {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final List<String> NAMES = List.of("Anna", "Zoë", "Siobhán", "O'Neill", "Nguyễn", "李", "Anne-Marie",
            "Jean Paul", "Ólafur", "Łukasz", "D\u2019Souza", "Müller", "Ægir", "Пётр", "محمد", "St. John", "İlkay");

    @Override
    public String toString() {
        StringBuilder shown = new StringBuilder();
        fields.forEach(f -> shown.append(f.getKey()).append('=').append(Gen.show(f.getValue())).append("; "));
        return shown + "expecting " + expect;
    }

    /** Smaller forms from a failing one: shorter values, with nothing asked but no failure and specific errors. */
    static Shrink<FormCase> shrink() {
        return failing -> Shrink.fields().candidates(failing.fields()).map(fields -> new FormCase(fields, Map.of()));
    }

    /** The form as the controller binds it. */
    FindForm form() {
        FindForm form = new FindForm();
        for (Map.Entry<String, String> field : fields) {
            switch (field.getKey()) {
                case "forenames" -> form.setForenames(field.getValue());
                case "surname" -> form.setSurname(field.getValue());
                case "day" -> form.setDay(field.getValue());
                case "month" -> form.setMonth(field.getValue());
                case "year" -> form.setYear(field.getValue());
                case "postcode" -> form.setPostcode(field.getValue());
                case "identifier" -> form.setIdentifier(field.getValue());
                default -> { }
            }
        }
        return form;
    }

    static FormCase generate(Random random) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Map<String, String> expect = new LinkedHashMap<>();
        name(random, "forenames", fields, expect);
        name(random, "surname", fields, expect);
        date(random, fields, expect);
        postcode(random, fields, expect);
        identifier(random, fields, expect);
        return new FormCase(fields, expect);
    }

    private static void name(Random random, String field, List<Map.Entry<String, String>> fields, Map<String, String> expect) {
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1, 2 -> put(fields, expect, field, Gen.oneOf(random, NAMES), "ok");
            case 3 -> put(fields, expect, field, Gen.oneOf(random, NAMES) + Gen.oneOf(random, "\u0000", "1", "<b>", ";", "\u202E",
                    "\u0007", "😀", "@", "_"), "error");
            case 4 -> put(fields, expect, field, "a".repeat(FindForm.MAX_NAME + 1 + random.nextInt(100_000)), "error");
            default -> put(fields, expect, field, Gen.text(random, 120), null);
        }
    }

    private static void date(Random random, List<Map.Entry<String, String>> fields, Map<String, String> expect) {
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1, 2 -> {
                LocalDate date = LocalDate.of(1900, 1, 1).plusDays(random.nextInt((int) (TODAY.toEpochDay()
                        - LocalDate.of(1900, 1, 1).toEpochDay()) + 1));
                boolean padded = random.nextBoolean();
                dob(fields, expect, (padded ? "%02d" : "%d").formatted(date.getDayOfMonth()),
                        (padded ? "%02d" : "%d").formatted(date.getMonthValue()), String.valueOf(date.getYear()), "ok");
            }
            case 3 -> {
                String[] odd = Gen.oneOf(random, new String[]{"29", "2", "2023"}, new String[]{"31", "4", "1990"},
                        new String[]{"0", "1", "1990"}, new String[]{"1", "13", "1990"}, new String[]{"1", "1", "1899"},
                        new String[]{"2", "6", "2026"}, new String[]{"1", "1", "99999999999"}, new String[]{"٣", "3", "1984"},
                        new String[]{"3", "３", "1984"}, new String[]{"3", "3", "١٩٨٤"}, new String[]{"-1", "3", "1984"},
                        new String[]{"+3", "3", "1984"}, new String[]{"3", "3", "84"}, new String[]{"3", "", "1984"},
                        new String[]{"", "", "1984"}, new String[]{"3.0", "3", "1984"}, new String[]{"1e1", "3", "1984"},
                        new String[]{"31", "12", "0000"});
                dob(fields, expect, odd[0], odd[1], odd[2], "error");
            }
            case 4 -> dob(fields, expect, "29", "2", "2024", "ok");
            default -> dob(fields, expect, Gen.text(random, 3), Gen.text(random, 3), Gen.text(random, 5), null);
        }
    }

    private static void dob(List<Map.Entry<String, String>> fields, Map<String, String> expect, String day, String month,
                            String year, String outcome) {
        fields.add(Map.entry("day", day));
        fields.add(Map.entry("month", month));
        fields.add(Map.entry("year", year));
        if (outcome != null) {
            expect.put("dob", outcome);
        }
    }

    private static void postcode(Random random, List<Map.Entry<String, String>> fields, Map<String, String> expect) {
        switch (random.nextInt(5)) {
            case 0 -> { }
            case 1 -> put(fields, expect, "postcode", Gen.oneOf(random, "RM10 9AP", "e16an", "SW1A 1AA", " m1 1ae ", "B338TH"), "ok");
            case 2 -> put(fields, expect, "postcode", Gen.oneOf(random, "RM10", "ZZZZ 999", "RM10 9AP9", "RM１0 9AP", "RM10\u00009AP",
                    "R".repeat(100_000)), "error");
            default -> put(fields, expect, "postcode", Gen.text(random, 12), null);
        }
    }

    private static void identifier(Random random, List<Map.Entry<String, String>> fields, Map<String, String> expect) {
        switch (random.nextInt(9)) {
            case 0, 1 -> { }
            case 2 -> put(fields, expect, "identifier", spaced(random, nhsNumber(random)), "ok");
            case 3 -> put(fields, expect, "identifier", Gen.oneOf(random, "QQ 12 34 56 C", "ab123456d", "07700 900982",
                    "+44 1632 960001", "(01632) 960-001", "someone@example.org", "Name.Surname@Example.CO.UK"), "ok");
            case 4 -> put(fields, expect, "identifier", Gen.oneOf(random, "943 476 591８", "٩٤٣٤٧٦٥٩١٩", "０７７００９００９８２",
                    "94347659l9", "QQ123456E", "07700", "a@b", "a @b.c", "a\u0000@b.c", "x@y.z\u202E", "a@b@c.d",
                    "1".repeat(300), "e@" + "x".repeat(300) + ".uk", "9434765918"), "error");
            default -> put(fields, expect, "identifier", Gen.oneOf(random, Gen.text(random, 20), Gen.digits(random, 10),
                    "0" + Gen.digits(random, random.nextInt(12)), Gen.word(random, 1, 10) + "@" + Gen.text(random, 10)), null);
        }
    }

    /** A valid NHS number: nine digits and their modulus 11 check digit. */
    static String nhsNumber(Random random) {
        while (true) {
            String nine = Gen.digits(random, 9);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10 && nine.charAt(0) != '0') {
                return nine + check;
            }
        }
    }

    private static String spaced(Random random, String digits) {
        return random.nextBoolean() ? digits : digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    private static void put(List<Map.Entry<String, String>> fields, Map<String, String> expect, String field, String value,
                            String outcome) {
        fields.add(Map.entry(field, value));
        if (outcome != null) {
            expect.put(field, outcome);
        }
    }
}
