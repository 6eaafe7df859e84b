package org.joinery.linkage.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.model.SourceMapping;

/**
 * Loads sources through their mappings into one {@link Records}. Any structural problem (missing file, unknown
 * column, malformed row) stops the load with one message naming file, line and column; unparseable dates are
 * counted, reported and kept as null.
 */
public final class SourceLoader {

    private static final int DATE_EXAMPLES = 3;

    private SourceLoader() {
    }

    public static Records load(List<SourceMapping> mappings) {
        List<Records.SourceInfo> infos = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        List<Integer> sourceOf = new ArrayList<>();
        Map<PersonField, List<String>> columns = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<String> truths = new ArrayList<>();
        boolean anyTruth = mappings.stream().anyMatch(m -> m.truthColumn() != null);
        for (PersonField field : PersonField.values()) {
            if (mappings.stream().anyMatch(m -> m.fields().containsKey(field) || (m.fullNameColumn() != null
                    && (field == PersonField.FORENAMES || field == PersonField.SURNAME)))) {
                columns.put(field, new ArrayList<>());
            }
        }
        for (int s = 0; s < mappings.size(); s++) {
            SourceMapping mapping = mappings.get(s);
            if (infos.stream().anyMatch(i -> i.name().equals(mapping.source()))) {
                throw new LinkageException("two mappings name the same source '" + mapping.source() + "'");
            }
            infos.add(loadSource(mapping, s, sourceOf, ids, truths, columns, anyTruth));
        }
        Map<PersonField, String[]> values = Records.emptyValues();
        columns.forEach((field, list) -> values.put(field, list.toArray(String[]::new)));
        return new Records(infos, sourceOf.stream().mapToInt(Integer::intValue).toArray(), ids.toArray(String[]::new),
                anyTruth ? truths.toArray(String[]::new) : null, values);
    }

    private static Records.SourceInfo loadSource(SourceMapping mapping, int sourceIndex, List<Integer> sourceOf,
                                                 List<String> ids, List<String> truths,
                                                 Map<PersonField, List<String>> columns, boolean anyTruth) {
        String file = mapping.file().toString();
        int unparseable = 0;
        List<String> examples = new ArrayList<>();
        int rows = 0;
        try (Reader reader = Files.newBufferedReader(mapping.file(), StandardCharsets.UTF_8);
             CsvReader csv = new CsvReader(reader, file)) {
            String[] header = csv.next();
            if (header == null) {
                throw new LinkageException(file + " is empty: expected a header line naming the columns");
            }
            RowMapper mapper = new RowMapper(mapping, header);
            // Records are staged and only appended once the whole file has been read, so a bad row adds nothing.
            List<RowMapper.MappedRow> staged = new ArrayList<>();
            String[] row;
            while ((row = csv.next()) != null) {
                if (row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                RowMapper.MappedRow mapped = mapper.map(row);
                for (RowMapper.Problem problem : mapped.problems()) {
                    if (problem.kind() != RowMapper.ProblemKind.DATE) {
                        throw new LinkageException(file + " line " + csv.recordLine()
                                + (problem.column() == null ? "" : ", column '" + problem.column() + "'") + ": " + problem.message());
                    }
                    unparseable++;
                    if (examples.size() < DATE_EXAMPLES) {
                        examples.add("line " + csv.recordLine() + ": '" + problem.value() + "'");
                    }
                }
                staged.add(mapped);
            }
            for (RowMapper.MappedRow record : staged) {
                sourceOf.add(sourceIndex);
                ids.add(record.recordId());
                if (anyTruth) {
                    truths.add(record.truth());
                }
                columns.forEach((field, list) -> list.add(record.field(field)));
            }
            rows = staged.size();
        } catch (NoSuchFileException e) {
            throw new LinkageException("source '" + mapping.source() + "': the file " + file + " does not exist");
        } catch (IOException e) {
            throw new LinkageException("could not read " + file + ": " + e.getMessage(), e);
        }
        return new Records.SourceInfo(mapping.source(), mapping.duplicateFree(), rows, unparseable, List.copyOf(examples));
    }
}
