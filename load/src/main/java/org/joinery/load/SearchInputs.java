package org.joinery.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic front-door searches from a demo borough's extracts: the names, dates of birth and postcodes its
 * agencies hold, typed the ways a practitioner would (name and date of birth; surname and postcode; the lot).
 * Only the two extracts with plain columns are read (adult social care, revenues and benefits). Some
 * residents asked about are not known to anyone: those searches put one resident's forename with another's
 * surname and a third's date of birth, so they look like any other search but mostly find no likely match.
 */
public final class SearchInputs {

    private SearchInputs() {
    }

    /** The share of searches made for residents no agency knows, unless told otherwise. */
    public static final double MISSES = 0.2;

    public static List<SearchInput> fromBorough(Path borough) throws IOException {
        return fromBorough(borough, MISSES, 42);
    }

    /**
     * @param misses share of the searches, from 0 to 1, made up of three different residents' details
     * @param seed   for the way each search is typed and the made-up ones: the same seed, the same searches
     */
    public static List<SearchInput> fromBorough(Path borough, double misses, long seed) throws IOException {
        if (misses < 0 || misses > 1) {
            throw new IllegalArgumentException("a share of misses from 0 to 1 (given " + misses + ")");
        }
        List<String[]> residents = new ArrayList<>();
        // source: forenames, surname, date of birth, postcode columns
        read(borough.resolve("extracts/adult-social-care.csv"), "first_name", "last_name", "date_of_birth", "post_code", residents);
        read(borough.resolve("extracts/revenues-benefits.csv"), "forename", "surname", "dob", "postcode", residents);
        if (residents.isEmpty()) {
            throw new IOException(borough + ": no searches could be made from its extracts");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<SearchInput> inputs = new ArrayList<>(residents.size());
        for (String[] resident : residents) {
            String[] asked = resident;
            if (random.nextDouble() < misses) {
                String[] second = residents.get(random.nextInt(residents.size()));
                String[] third = residents.get(random.nextInt(residents.size()));
                asked = new String[] {resident[0], second[1], third[2], third[3], third[4], second[5]};
            }
            inputs.add(typed(asked, random.nextInt(3)));
        }
        return inputs;
    }

    /** Name and date of birth; surname and postcode; or everything. */
    private static SearchInput typed(String[] r, int way) {
        return switch (way) {
            case 0 -> SearchInput.of(r[0], r[1], r[2], r[3], r[4], null);
            case 1 -> SearchInput.of(null, r[1], null, null, null, r[5]);
            default -> SearchInput.of(r[0], r[1], r[2], r[3], r[4], r[5]);
        };
    }

    /** Each row as forename, surname, day, month, year, postcode. */
    private static void read(Path file, String forenameColumn, String surnameColumn, String dobColumn, String postcodeColumn,
                             List<String[]> into) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = Arrays.asList(in.readLine().split(","));
            int forename = column(file, header, forenameColumn);
            int surname = column(file, header, surnameColumn);
            int dob = column(file, header, dobColumn);
            int postcode = column(file, header, postcodeColumn);
            for (String line; (line = in.readLine()) != null; ) {
                String[] row = fields(line);
                if (row.length < header.size()) {
                    continue;
                }
                String[] date = date(row[dob]);
                into.add(new String[] {row[forename], row[surname], date[0], date[1], date[2], row[postcode]});
            }
        }
    }

    /** One line's fields: addresses are quoted where they hold a comma ("Flat 21, 66 Chestnut Street"). */
    static String[] fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    private static int column(Path file, List<String> header, String name) throws IOException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IOException(file + ": expected a column " + name + " in the header " + header);
        }
        return index;
    }

    /** Day, month and year from 19991001 or 1999-10-01; three nulls otherwise. */
    private static String[] date(String value) {
        String digits = value.strip().replace("-", "");
        if (!digits.matches("\\d{8}")) {
            return new String[3];
        }
        return new String[] {String.valueOf(Integer.parseInt(digits.substring(6, 8))),
                String.valueOf(Integer.parseInt(digits.substring(4, 6))), digits.substring(0, 4).toLowerCase(Locale.ROOT)};
    }
}
