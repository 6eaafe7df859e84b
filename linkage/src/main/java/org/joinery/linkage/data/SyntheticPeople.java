package org.joinery.linkage.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.model.PersonField;

/**
 * A deterministic, scalable set of synthetic person records for tests and benchmarks: people with given names (from the
 * nicknames table), made-up surnames with a skewed frequency, dates of birth, addresses and UK-style
 * postcodes, each appearing in one to three sources with typos, nicknames, swapped day and month, moves and
 * missing values. The truth is kept per record. Nothing here is real personal data.
 */
public final class SyntheticPeople {

    private static final String[] PREFIXES = {"ash", "bar", "black", "brad", "brook", "bur", "car", "chad", "clay",
            "cole", "crom", "dal", "den", "dun", "ed", "fair", "far", "ford", "gar", "glen", "good", "green", "hal",
            "har", "hay", "hol", "kings", "lang", "lid", "mar", "mel", "mid", "mor", "new", "nor", "old", "pem", "ray",
            "red", "ros", "shel", "stan", "stock", "sut", "thorn", "wal", "wes", "whit", "wil", "win", "wood", "york"};
    private static final String[] SUFFIXES = {"bury", "by", "croft", "dale", "den", "don", "er", "field", "ford",
            "gate", "ham", "hurst", "ing", "land", "ley", "low", "man", "more", "ney", "ridge", "son", "stead", "ton",
            "well", "wick", "win", "worth"};
    private static final String[] MIDDLES = {"", "", "", "e", "er", "ing", "en", "ley", "ford", "wood", "ham"};
    private static final String[] STREETS = {"high", "church", "station", "victoria", "green", "manor", "park",
            "queens", "kings", "grange", "mill", "school", "north", "south", "oak", "ash", "elm", "beech", "cedar",
            "longbridge", "ripple", "becontree", "valence", "gascoigne", "thames", "heathway", "rainham", "wood"};
    private static final String[] STREET_TYPES = {"road", "street", "avenue", "close", "lane", "gardens", "way", "drive"};
    private static final String[] DISTRICTS = {"IG11", "RM5", "RM6", "RM7", "RM8", "RM9", "RM10"};
    private static final String[] SOURCES = {"housing", "health", "probation"};

    private SyntheticPeople() {
    }

    /** About {@code records} records in three sources (the first duplicate-free), from the seed. */
    public static Records generate(int records, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] forenames = forenames();
        int[] source = new int[records];
        String[] ids = new String[records];
        String[] truth = new String[records];
        Map<PersonField, String[]> values = new EnumMap<>(PersonField.class);
        for (PersonField field : List.of(PersonField.FORENAMES, PersonField.SURNAME, PersonField.DATE_OF_BIRTH,
                PersonField.SEX, PersonField.ADDRESS, PersonField.POSTCODE, PersonField.NHS_NUMBER)) {
            values.put(field, new String[records]);
        }
        int[] perSource = new int[SOURCES.length];
        int person = 0;
        int at = 0;
        while (at < records) {
            String forename = forenames[skewed(random, forenames.length)];
            String surname = PREFIXES[skewed(random, PREFIXES.length)] + MIDDLES[random.nextInt(MIDDLES.length)]
                    + SUFFIXES[random.nextInt(SUFFIXES.length)];
            int year = 1935 + random.nextInt(75);
            String dob = String.format("%04d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String sex = random.nextBoolean() ? "F" : "M";
            String address = (1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)] + " "
                    + STREET_TYPES[random.nextInt(STREET_TYPES.length)];
            String postcode = postcode(random);
            String nhs = String.valueOf(4_000_000_000L + random.nextLong(1_000_000_000L));
            int appearances = 1 + random.nextInt(3);
            boolean[] used = new boolean[SOURCES.length];
            for (int k = 0; k < appearances && at < records; k++) {
                int s = random.nextInt(SOURCES.length);
                if (s == 0 && used[0]) {
                    continue;
                }
                used[s] = true;
                source[at] = s;
                ids[at] = SOURCES[s] + "-" + (++perSource[s]);
                truth[at] = "p" + person;
                boolean noisy = k > 0;
                values.get(PersonField.FORENAMES)[at] = noisy ? name(random, forename) : forename;
                values.get(PersonField.SURNAME)[at] = noisy ? typo(random, surname, 0.15) : surname;
                values.get(PersonField.DATE_OF_BIRTH)[at] = noisy ? date(random, dob) : dob;
                values.get(PersonField.SEX)[at] = sex;
                boolean moved = noisy && random.nextDouble() < 0.2;
                values.get(PersonField.ADDRESS)[at] = moved ? null : missing(random, typo(random, address, 0.1), 0.05);
                values.get(PersonField.POSTCODE)[at] = moved ? postcode(random) : missing(random, postcode, 0.05);
                values.get(PersonField.NHS_NUMBER)[at] = s == 1 ? missing(random, nhs, 0.2) : null;
                at++;
            }
            person++;
        }
        List<Records.SourceInfo> infos = new ArrayList<>();
        for (int s = 0; s < SOURCES.length; s++) {
            infos.add(new Records.SourceInfo(SOURCES[s], s == 0, perSource[s], 0, List.of()));
        }
        return new Records(infos, source, ids, truth, values);
    }

    private static String name(SplittableRandom random, String forename) {
        double roll = random.nextDouble();
        if (roll < 0.05) {
            return forename.substring(0, 1);
        }
        return typo(random, forename, 0.15);
    }

    private static String date(SplittableRandom random, String iso) {
        double roll = random.nextDouble();
        if (roll < 0.03) {
            return null;
        }
        if (roll < 0.06 && Integer.parseInt(iso.substring(8)) <= 12) {
            return iso.substring(0, 5) + iso.substring(8) + "-" + iso.substring(5, 7);
        }
        if (roll < 0.09) {
            int day = Integer.parseInt(iso.substring(8));
            return iso.substring(0, 8) + String.format("%02d", day % 28 + 1);
        }
        return iso;
    }

    private static String typo(SplittableRandom random, String value, double rate) {
        if (value == null || value.length() < 3 || random.nextDouble() >= rate) {
            return value;
        }
        int i = 1 + random.nextInt(value.length() - 2);
        char letter = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(3)) {
            case 0 -> value.substring(0, i) + letter + value.substring(i + 1);
            case 1 -> value.substring(0, i) + value.substring(i + 1);
            default -> value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
        };
    }

    private static String missing(SplittableRandom random, String value, double rate) {
        return random.nextDouble() < rate ? null : value;
    }

    private static String postcode(SplittableRandom random) {
        return DISTRICTS[random.nextInt(DISTRICTS.length)] + " " + random.nextInt(10)
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    /** A skewed draw: low indices more likely, like real name frequencies (the commonest about 1 in sqrt(n)). */
    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(n * u * u));
    }

    private static String[] forenames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = SyntheticPeople.class.getResourceAsStream("/org/joinery/linkage/nicknames.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                names.add(line.substring(0, line.indexOf(',')));
            }
        } catch (IOException | NullPointerException e) {
            throw new LinkageException("the nicknames table is missing from the linkage library");
        }
        return names.toArray(String[]::new);
    }
}
