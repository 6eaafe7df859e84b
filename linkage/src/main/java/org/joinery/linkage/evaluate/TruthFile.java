package org.joinery.linkage.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.data.CsvReader;
import org.joinery.linkage.data.Records;

/**
 * Reads a truth file: CSV with columns {@code source_record_id} and {@code person}, and optionally
 * {@code source} where record IDs repeat across sources (or the demo borough's {@code source, record_id,
 * resident_id}). Records it does not mention have no truth; rows for records not loaded are skipped.
 */
public final class TruthFile {

    private TruthFile() {
    }

    public static String[] read(Path file, Records records) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            index.put(records.sources().get(records.source()[i]).name() + "\u0000" + records.recordId()[i], i);
            index.putIfAbsent("\u0000" + records.recordId()[i], i);
        }
        String[] truth = new String[records.size()];
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(reader, file.toString())) {
            String[] header = csv.next();
            List<String> columns = header == null ? List.of() : Arrays.asList(header);
            // Joinery's own truth files say source_record_id and person; the demo borough's say record_id and resident_id.
            int id = columns.contains("source_record_id") ? columns.indexOf("source_record_id") : columns.indexOf("record_id");
            int person = columns.contains("person") ? columns.indexOf("person") : columns.indexOf("resident_id");
            int source = columns.indexOf("source");
            if (id < 0 || person < 0) {
                throw new LinkageException(file + ": a truth file needs the columns source_record_id and person "
                        + "(or record_id and resident_id, and optionally source); found " + String.join(", ", columns));
            }
            String[] row;
            while ((row = csv.next()) != null) {
                if (row.length != columns.size()) {
                    throw new LinkageException(file + " line " + csv.recordLine() + ": expected " + columns.size()
                            + " fields as in the header, found " + row.length);
                }
                Integer record = index.get((source < 0 ? "" : row[source]) + "\u0000" + row[id]);
                // A truth file may cover sources not loaded in this run; their rows are skipped.
                if (record != null) {
                    truth[record] = row[person].isEmpty() ? null : row[person];
                }
            }
        } catch (IOException e) {
            throw new LinkageException("could not read the truth file " + file + ": " + e.getMessage(), e);
        }
        return truth;
    }
}
