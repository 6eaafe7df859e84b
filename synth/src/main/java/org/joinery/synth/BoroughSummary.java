package org.joinery.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The summary figures of a generated borough, read back from its summary folder: residents per ward
 * and the true overlap of domains, overall and by ward. Aggregates only: no resident is in them.
 */
public final class BoroughSummary {

    static final String WARDS_FILE = "wards.csv";
    static final String OVERLAP_FILE = "overlap.csv";

    /** Residents of one ward by age group. */
    public record WardFigures(String code, String name, long residents, long households, long agedUnder16, long aged16To64,
            long aged65AndOver) {
    }

    /** How many residents are in contact for exactly this set of domains. */
    public record Combination(Set<Domain> domains, long residents) {
    }

    /** One area (the borough or a ward) and its 64 combinations. */
    public record Area(String code, String name, List<Combination> combinations) {

        /** Residents in contact for exactly {@code n} domains. */
        public long withDomainCount(int n) {
            return combinations.stream().filter(c -> c.domains().size() == n).mapToLong(Combination::residents).sum();
        }

        public long withAtLeast(int n) {
            return combinations.stream().filter(c -> c.domains().size() >= n).mapToLong(Combination::residents).sum();
        }

        public long residents() {
            return combinations.stream().mapToLong(Combination::residents).sum();
        }

        public long inDomain(Domain domain) {
            return combinations.stream().filter(c -> c.domains().contains(domain)).mapToLong(Combination::residents).sum();
        }

        /** Residents in contact with at least {@code n} of the given domains. */
        public long withAtLeastOf(Set<Domain> of, int n) {
            return combinations.stream().filter(c -> intersection(c.domains(), of) >= n).mapToLong(Combination::residents).sum();
        }

        private static int intersection(Set<Domain> a, Set<Domain> b) {
            int count = 0;
            for (Domain domain : a) {
                if (b.contains(domain)) {
                    count++;
                }
            }
            return count;
        }
    }

    private final List<WardFigures> wards;
    private final Area borough;
    private final List<Area> wardAreas;

    private BoroughSummary(List<WardFigures> wards, Area borough, List<Area> wardAreas) {
        this.wards = wards;
        this.borough = borough;
        this.wardAreas = wardAreas;
    }

    /** Whether a generated borough with a summary is in the folder. */
    public static boolean existsIn(Path boroughFolder) {
        return Files.isRegularFile(boroughFolder.resolve(Borough.MANIFEST))
                && Files.isRegularFile(boroughFolder.resolve("summary").resolve(OVERLAP_FILE));
    }

    public static BoroughSummary read(Path boroughFolder) throws IOException {
        Path folder = boroughFolder.resolve("summary");
        List<WardFigures> wards = new ArrayList<>();
        for (String[] row : rows(folder.resolve(WARDS_FILE))) {
            wards.add(new WardFigures(row[0], row[1], Long.parseLong(row[2]), Long.parseLong(row[3]), Long.parseLong(row[4]),
                    Long.parseLong(row[5]), Long.parseLong(row[6])));
        }
        Map<String, List<Combination>> byArea = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        int domains = Domain.values().length;
        for (String[] row : rows(folder.resolve(OVERLAP_FILE))) {
            Set<Domain> set = EnumSet.noneOf(Domain.class);
            for (Domain domain : Domain.values()) {
                if (row[2 + domain.ordinal()].equals("1")) {
                    set.add(domain);
                }
            }
            names.put(row[0], row[1]);
            byArea.computeIfAbsent(row[0], code -> new ArrayList<>())
                    .add(new Combination(Collections.unmodifiableSet(set), Long.parseLong(row[domains + 3])));
        }
        List<Area> areas = new ArrayList<>();
        byArea.forEach((code, combinations) -> areas.add(new Area(code, names.get(code), List.copyOf(combinations))));
        if (areas.isEmpty()) {
            throw new IOException("The borough summary in " + folder + " has no overlap figures");
        }
        return new BoroughSummary(List.copyOf(wards), areas.get(0), List.copyOf(areas.subList(1, areas.size())));
    }

    public List<WardFigures> wards() {
        return wards;
    }

    public Area borough() {
        return borough;
    }

    public List<Area> wardAreas() {
        return wardAreas;
    }

    public long residents() {
        return wards.stream().mapToLong(WardFigures::residents).sum();
    }

    /** Summary files hold no quoted fields except ward names, which hold no commas or quotes. */
    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(line.split(",", -1));
                }
            }
        }
        return rows;
    }
}
