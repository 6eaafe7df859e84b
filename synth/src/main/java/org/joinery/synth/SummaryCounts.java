package org.joinery.synth;

import java.io.IOException;
import java.nio.file.Path;

/** The truth in aggregate, counted as residents are made and written to the summary files. */
final class SummaryCounts {

    static final String BOROUGH_CODE = "E09000002";
    static final String BOROUGH_NAME = "Barking and Dagenham";

    private final int wards = ReferenceData.get().wards.size();
    /** [ward][combination]; the last row is the whole borough. */
    final long[][] overlap = new long[wards + 1][Domain.COMBINATIONS];
    /** [ward][residents, households, under 16, 16 to 64, 65 and over]. */
    final long[][] people = new long[wards][5];

    void count(Resident resident, boolean headOfHousehold) {
        int ward = resident.address.ward();
        overlap[ward][resident.domains]++;
        overlap[wards][resident.domains]++;
        long[] row = people[ward];
        row[0]++;
        if (headOfHousehold) {
            row[1]++;
        }
        int age = resident.ageOn(Period.END);
        row[age < 16 ? 2 : age < 65 ? 3 : 4]++;
    }

    void add(SummaryCounts other) {
        for (int w = 0; w <= wards; w++) {
            for (int c = 0; c < Domain.COMBINATIONS; c++) {
                overlap[w][c] += other.overlap[w][c];
            }
            if (w < wards) {
                for (int i = 0; i < 5; i++) {
                    people[w][i] += other.people[w][i];
                }
            }
        }
    }

    /** Writes summary/wards.csv and summary/overlap.csv; returns them for the manifest. */
    WrittenFile[] write(Path folder) throws IOException {
        ReferenceData data = ReferenceData.get();
        WrittenFile wardFile;
        Path wardPath = folder.resolve(BoroughSummary.WARDS_FILE);
        try (CsvWriter out = new CsvWriter(wardPath, new String[] {"ward_code", "ward_name", "residents", "households",
            "aged_under_16", "aged_16_to_64", "aged_65_and_over"})) {
            for (Ward ward : data.wards) {
                long[] row = people[ward.index()];
                out.write(ward.code(), ward.name(), Long.toString(row[0]), Long.toString(row[1]), Long.toString(row[2]),
                        Long.toString(row[3]), Long.toString(row[4]));
            }
            out.close();
            wardFile = new WrittenFile("summary/" + BoroughSummary.WARDS_FILE, out.rows(), out.sha256());
        }
        Path overlapPath = folder.resolve(BoroughSummary.OVERLAP_FILE);
        String[] header = new String[Domain.values().length + 4];
        header[0] = "area_code";
        header[1] = "area_name";
        for (Domain domain : Domain.values()) {
            header[2 + domain.ordinal()] = domain.column();
        }
        header[header.length - 2] = "domain_count";
        header[header.length - 1] = "residents";
        WrittenFile overlapFile;
        try (CsvWriter out = new CsvWriter(overlapPath, header)) {
            writeArea(out, BOROUGH_CODE, BOROUGH_NAME, overlap[wards]);
            for (Ward ward : data.wards) {
                writeArea(out, ward.code(), ward.name(), overlap[ward.index()]);
            }
            out.close();
            overlapFile = new WrittenFile("summary/" + BoroughSummary.OVERLAP_FILE, out.rows(), out.sha256());
        }
        return new WrittenFile[] {wardFile, overlapFile};
    }

    private static void writeArea(CsvWriter out, String code, String name, long[] counts) throws IOException {
        for (int mask = 0; mask < Domain.COMBINATIONS; mask++) {
            String[] row = new String[Domain.values().length + 4];
            row[0] = code;
            row[1] = name;
            for (Domain domain : Domain.values()) {
                row[2 + domain.ordinal()] = domain.in(mask) ? "1" : "0";
            }
            row[row.length - 2] = Integer.toString(Integer.bitCount(mask));
            row[row.length - 1] = Long.toString(counts[mask]);
            out.write(row);
        }
    }
}
