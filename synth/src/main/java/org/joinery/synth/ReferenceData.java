package org.joinery.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public reference data the generator draws on, loaded once from the module's resources:
 * forenames and surnames by country, nicknames, the 19 wards and their postcodes, street words.
 * See NOTICE for where each file comes from and its licence.
 */
final class ReferenceData {

    private static volatile ReferenceData instance;

    final List<Ward> wards = new ArrayList<>();
    final double[] wardCumulative;
    private final Map<Origin, WeightedList<String>> femaleForenames = new EnumMap<>(Origin.class);
    private final Map<Origin, WeightedList<String>> maleForenames = new EnumMap<>(Origin.class);
    private final Map<Origin, WeightedList<String>> surnames = new EnumMap<>(Origin.class);
    final WeightedList<Origin> origins = new WeightedList<>();
    private final Map<String, List<String>> nicknames = new HashMap<>();
    final List<String> streetStems = new ArrayList<>();
    final List<String> streetSuffixes = new ArrayList<>();

    static ReferenceData get() {
        ReferenceData data = instance;
        if (data == null) {
            synchronized (ReferenceData.class) {
                data = instance;
                if (data == null) {
                    data = new ReferenceData();
                    instance = data;
                }
            }
        }
        return data;
    }

    private ReferenceData() {
        for (Origin origin : Origin.values()) {
            origins.add(origin, origin.share);
            femaleForenames.put(origin, new WeightedList<>());
            maleForenames.put(origin, new WeightedList<>());
            surnames.put(origin, new WeightedList<>());
        }
        loadWards();
        wardCumulative = new double[wards.size()];
        double total = 0;
        for (Ward ward : wards) {
            total += ward.populationWeight();
            wardCumulative[ward.index()] = total;
        }
        loadForenames();
        loadSurnames();
        loadSupplement();
        loadNicknames();
        for (String[] row : rows("streets.csv")) {
            (row[0].equals("stem") ? streetStems : streetSuffixes).add(row[1]);
        }
    }

    WeightedList<String> forenames(Origin origin, char sex) {
        return (sex == 'F' ? femaleForenames : maleForenames).get(origin);
    }

    WeightedList<String> surnames(Origin origin) {
        return surnames.get(origin);
    }

    /** Nicknames and short forms of a forename (Robert: Bob, Rob, Bobby...), or none. */
    List<String> nicknames(String forename) {
        return nicknames.getOrDefault(forename.toLowerCase(Locale.ROOT), List.of());
    }

    private void loadWards() {
        Map<String, List<String>> postcodesByWard = new LinkedHashMap<>();
        for (String[] row : rows("postcodes.csv")) {
            postcodesByWard.computeIfAbsent(row[1], code -> new ArrayList<>()).add(row[0]);
        }
        for (String[] row : rows("wards.csv")) {
            wards.add(new Ward(wards.size(), row[0], row[1], Double.parseDouble(row[2]), Double.parseDouble(row[3]),
                    List.copyOf(postcodesByWard.get(row[0]))));
        }
    }

    /** Popular names are popular: weight falls with rank, so a borough has many Smiths and few Ashdowns. */
    private static double rankWeight(String rank) {
        return 1.0 / (Integer.parseInt(rank) + 2);
    }

    private void loadForenames() {
        for (String[] row : rows("forenames.csv")) {
            for (Origin origin : Origin.values()) {
                if (origin.forenameCountries.contains(row[0])) {
                    forenames(origin, row[1].charAt(0)).add(row[3], rankWeight(row[2]));
                }
            }
        }
    }

    private void loadSurnames() {
        for (String[] row : rows("surnames.csv")) {
            for (Origin origin : Origin.values()) {
                if (origin.surnameCountries.contains(row[0])) {
                    surnames.get(origin).add(row[2], rankWeight(row[1]));
                }
            }
        }
    }

    /** Names the public lists lack (West African surnames, Pakistani surnames...), written for Joinery. */
    private void loadSupplement() {
        int[] rank = new int[1];
        for (String[] row : rows("names-supplement.csv")) {
            Origin origin = Origin.valueOf(row[0]);
            WeightedList<String> list = switch (row[1]) {
                case "S" -> surnames.get(origin);
                case "F" -> femaleForenames.get(origin);
                default -> maleForenames.get(origin);
            };
            list.add(row[2], rankWeight(String.valueOf(rank[0]++ % 20)));
        }
    }

    /** The linkage engine's copy of the table: one file in the build, one licence to keep. */
    private void loadNicknames() {
        for (String[] row : rows("/org/joinery/linkage/nicknames.csv")) {
            List<String> forms = new ArrayList<>();
            for (int i = 1; i < row.length; i++) {
                String nickname = row[i].trim();
                if (nickname.length() > 1) {
                    forms.add(capitalise(nickname));
                }
            }
            if (!forms.isEmpty()) {
                nicknames.put(row[0].trim(), List.copyOf(forms));
            }
        }
    }

    static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Rows of a simple resource CSV (no quoted fields), without its header. */
    private static List<String[]> rows(String resource) {
        InputStream in = ReferenceData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The generator's reference data " + resource + " is missing from the build");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
