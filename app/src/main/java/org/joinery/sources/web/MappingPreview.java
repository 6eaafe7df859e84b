package org.joinery.sources.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.joinery.linkage.data.RowMapper;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.model.SourceMapping;
import org.joinery.sources.EventDates;

/**
 * How each of the sample's first rows would be parsed through the mapping: the same {@link RowMapper} the import
 * uses, so what the administrator sees is what will load.
 */
record MappingPreview(List<String> fields, List<Row> rows) {

    /** One cell of the preview: the mapped value, or the problem with it. */
    record Cell(String value, String problem) {
    }

    record Row(int line, Cell recordId, List<Cell> fields, Cell opened, Cell closed) {

        public boolean hasProblems() {
            return recordId.problem() != null || opened.problem() != null || closed.problem() != null
                    || fields.stream().anyMatch(c -> c.problem() != null);
        }
    }

    static MappingPreview of(SourceMapping mapping, MappingDraft draft, String openedColumn, String closedColumn) {
        String[] header = draft.header().toArray(String[]::new);
        RowMapper mapper = new RowMapper(mapping, header);
        List<PersonField> shown = Arrays.stream(PersonField.values())
                .filter(f -> mapping.fields().containsKey(f) || (mapping.fullNameColumn() != null
                        && (f == PersonField.FORENAMES || f == PersonField.SURNAME)))
                .toList();
        EventDates events = new EventDates(mapping);
        List<Row> rows = new ArrayList<>();
        int line = 1;
        for (String[] row : draft.rows()) {
            line++;
            RowMapper.MappedRow mapped = mapper.map(row);
            List<Cell> cells = new ArrayList<>();
            String rowProblem = null;
            for (RowMapper.Problem problem : mapped.problems()) {
                if (problem.kind() == RowMapper.ProblemKind.FIELD_COUNT) {
                    rowProblem = problem.message();
                }
            }
            for (PersonField field : shown) {
                String problem = mapped.problems().stream()
                        .filter(p -> p.kind() == RowMapper.ProblemKind.DATE && field == PersonField.DATE_OF_BIRTH)
                        .map(RowMapper.Problem::message).findFirst().orElse(null);
                cells.add(new Cell(mapped.field(field), problem));
            }
            String idProblem = rowProblem != null ? rowProblem : mapped.problems().stream()
                    .filter(p -> p.kind() == RowMapper.ProblemKind.RECORD_ID).map(RowMapper.Problem::message).findFirst().orElse(null);
            rows.add(new Row(line, new Cell(mapped.recordId(), idProblem), cells, date(events, header, row, openedColumn),
                    date(events, header, row, closedColumn)));
        }
        return new MappingPreview(shown.stream().map(PersonField::jsonName).toList(), rows);
    }

    private static Cell date(EventDates dates, String[] header, String[] row, String column) {
        int index = column == null || column.isBlank() ? -1 : Arrays.asList(header).indexOf(column);
        if (index < 0 || row.length != header.length || row[index].isEmpty()) {
            return new Cell(null, null);
        }
        var date = dates.read(row[index]);
        return date != null ? new Cell(date.toString(), null)
                : new Cell(row[index], dates.problem(row[index]));
    }
}
