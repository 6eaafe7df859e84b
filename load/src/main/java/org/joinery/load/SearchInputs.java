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
 * Only the two extracts with plain columns are read (adult social care, revenues and benefits).
 */
public final class SearchInputs {

    private SearchInputs() {
    }

    public static List<SearchInput> fromBorough(Path borough) throws IOException {
        List<SearchInput> inputs = new ArrayList<>();
        // source: forenames, surname, date of birth, postcode columns
        read(borough.resolve("extracts/adult-social-care.csv"), "first_name", "last_name", "date_of_birth", "post_code", inputs);
        read(borough.resolve("extracts/revenues-benefits.csv"), "forename", "surname", "dob", "postcode", inputs);
        if (inputs.isEmpty()) {
            throw new IOException(borough + ": no searches could be made from its extracts");
        }
        return inputs;
    }

    private static void read(Path file, String forenameColumn, String surnameColumn, String dobColumn, String postcodeColumn,
                             List<SearchInput> into) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = Arrays.asList(in.readLine().split(","));
            int forename = column(file, header, forenameColumn);
            int surname = column(file, header, surnameColumn);
            int dob = column(file, header, dobColumn);
            int postcode = column(file, header, postcodeColumn);
            SplittableRandom ways = new SplittableRandom(file.getFileName().toString().hashCode());
            for (String line; (line = in.readLine()) != null; ) {
                String[] row = line.split(",", -1); // both extracts quote nothing
                if (row.length < header.size()) {
                    continue;
                }
                String[] date = date(row[dob]);
                String first = row[forename];
                String last = row[surname];
                String code = row[postcode];
                into.add(switch (ways.nextInt(3)) {
                    case 0 -> SearchInput.of(first, last, date[0], date[1], date[2], null);
                    case 1 -> SearchInput.of(null, last, null, null, null, code);
                    default -> SearchInput.of(first, last, date[0], date[1], date[2], code);
                });
            }
        }
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
