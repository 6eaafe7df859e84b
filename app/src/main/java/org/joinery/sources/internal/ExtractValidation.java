package org.joinery.sources.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.data.RowMapper;
import org.joinery.linkage.model.PersonField;
import org.joinery.sources.EventDates;
import org.joinery.sources.ImportOutcome;
import org.joinery.sources.RowError;

/**
 * Checks a whole extract before anything is applied: the header against the source's columns and mapping, then
 * every row (number of fields, record ID, dates, lengths, duplicates). Every problem is kept with its line and
 * column, so the sender can fix them all at once.
 */
final class ExtractValidation {

    /** What the check found. */
    record Checked(int rows, List<String> header, List<RowError> errors, int errorCount) {

        public boolean passed() {
            return errorCount == 0;
        }
    }

    private static final Map<PersonField, Integer> LIMITS = limits();
    private static final int KEY_LIMIT = 200;
    private static final String QUOTE_ADVICE = ": close the quote, or save the file again as CSV";

    private final SourceShape shape;
    private final EventDates eventDates;
    private final List<RowError> errors = new ArrayList<>();
    private int errorCount;

    public ExtractValidation(SourceShape shape) {
        this.shape = shape;
        this.eventDates = new EventDates(shape.mapping());
    }

    public Checked check(Extract extract, IntConsumer progress) {
        String[] header;
        try {
            header = extract.header();
        } catch (LinkageException e) {
            // A header whose quotes are broken: the message names line 1.
            add(new RowError(0, 0, null, e.getMessage() + QUOTE_ADVICE));
            return checked(0, null);
        }
        if (header == null) {
            add(new RowError(0, 0, null, "the file is empty: expected a header line naming the columns, then one line per record"));
            return checked(0, null);
        }
        if (!headerFits(header)) {
            return checked(0, header);
        }
        RowMapper mapper = new RowMapper(shape.mapping(), header);
        int opened = shape.openedColumn() == null ? -1 : Arrays.asList(header).indexOf(shape.openedColumn());
        int closed = shape.closedColumn() == null ? -1 : Arrays.asList(header).indexOf(shape.closedColumn());
        Map<String, Integer> lineOfKey = new HashMap<>();
        int[] rows = {0};
        try {
            extract.forEachRow((line, row, fields) -> {
                rows[0] = row;
                RowMapper.MappedRow mapped = mapper.map(fields);
                for (RowMapper.Problem problem : mapped.problems()) {
                    add(new RowError(line, row, problem.column(), problem.message() + advice(problem.kind())));
                }
                if (fields.length == header.length) {
                    controls(line, row, header, fields);
                    date(mapper, line, row, opened, fields);
                    date(mapper, line, row, closed, fields);
                    lengths(line, row, mapped);
                    if (mapped.recordId() != null) {
                        Integer first = lineOfKey.putIfAbsent(mapped.recordId(), line);
                        if (first != null) {
                            add(new RowError(line, row, shape.mapping().recordIdColumn(), "the record ID " + RowMapper.quoted(mapped.recordId())
                                    + " is also on line " + first + ": each record must appear once in an extract;"
                                    + " remove one of the two rows or give it its own ID"));
                        }
                    }
                }
                if (row % 10_000 == 0) {
                    progress.accept(row);
                }
            });
        } catch (LinkageException e) {
            // The CSV reader stops at a quote that never closes: the message names the line.
            add(new RowError(0, 0, null, e.getMessage() + QUOTE_ADVICE));
        }
        progress.accept(rows[0]);
        return checked(rows[0], header);
    }

    private boolean headerFits(String[] header) {
        List<String> columns = Arrays.asList(header);
        Set<String> duplicated = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                duplicated.add(column);
            }
        }
        if (!duplicated.isEmpty()) {
            add(new RowError(1, 0, null, "the header names " + quoted(duplicated) + " more than once: each column must have"
                    + " its own name"));
        }
        List<String> missing = shape.expectedColumns().stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            add(new RowError(1, 0, null, "the header lacks the column" + (missing.size() == 1 ? " " : "s ") + quoted(missing)
                    + " that source '" + shape.name() + "' sends: add " + (missing.size() == 1 ? "it" : "them")
                    + " (with these exact names), or ask an administrator to update the source's mapping"));
        }
        if (shape.knowsColumns()) {
            List<String> extra = columns.stream().filter(c -> !shape.expectedColumns().contains(c)).toList();
            if (!extra.isEmpty()) {
                add(new RowError(1, 0, null, "the header has the column" + (extra.size() == 1 ? " " : "s ") + quoted(extra)
                        + ", which source '" + shape.name() + "' does not have: remove " + (extra.size() == 1 ? "it" : "them")
                        + " from the file, or ask an administrator to update the source's mapping to include "
                        + (extra.size() == 1 ? "it" : "them")));
            }
        }
        return errorCount == 0;
    }

    private void date(RowMapper mapper, int line, int row, int column, String[] fields) {
        if (column >= 0 && !fields[column].isEmpty() && eventDates.read(fields[column]) == null) {
            add(new RowError(line, row, mapper.header()[column], eventDates.problem(fields[column])
                    + advice(RowMapper.ProblemKind.DATE)));
        }
    }

    /**
     * Control characters are not text: they come from binary data or a system's own markers, would be stored and
     * shown as nothing, and PostgreSQL refuses the NUL character outright. Line breaks and tabs inside a value are text.
     */
    private void controls(int line, int row, String[] header, String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            int control = firstControl(fields[i]);
            if (control >= 0) {
                add(new RowError(line, row, header[i], String.format("the value holds the control character U+%04X, which is"
                        + " not text: remove it from the cell (it often comes from copying out of another system)", control)));
            }
        }
    }

    /** The first control character other than a line break or tab, or -1. */
    static int firstControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return c;
            }
        }
        return -1;
    }

    private void lengths(int line, int row, RowMapper.MappedRow mapped) {
        if (mapped.recordId() != null && mapped.recordId().length() > KEY_LIMIT) {
            add(new RowError(line, row, shape.mapping().recordIdColumn(), "the record ID is " + mapped.recordId().length()
                    + " characters long; it must be " + KEY_LIMIT + " or fewer"));
        }
        for (Map.Entry<PersonField, Integer> limit : LIMITS.entrySet()) {
            String value = mapped.field(limit.getKey());
            if (value != null && value.length() > limit.getValue()) {
                List<String> columns = shape.mapping().fields().get(limit.getKey());
                add(new RowError(line, row, columns == null ? shape.mapping().fullNameColumn() : String.join(" ", columns),
                        "the " + limit.getKey().jsonName().replace('_', ' ') + " is " + value.length() + " characters long;"
                                + " it must be " + limit.getValue() + " or fewer: shorten it or leave the cell empty"));
            }
        }
    }

    private static String advice(RowMapper.ProblemKind kind) {
        return switch (kind) {
            case DATE -> ": correct it or leave the cell empty";
            case RECORD_ID -> ": give every row its record ID";
            case FIELD_COUNT -> ": check for a missing or extra comma, or a value with a comma that is not in quotes";
        };
    }

    private void add(RowError error) {
        errorCount++;
        if (errors.size() < ImportOutcome.ERRORS_KEPT) {
            errors.add(error);
        }
    }

    private Checked checked(int rows, String[] header) {
        return new Checked(rows, header == null ? List.of() : List.of(header), List.copyOf(errors), errorCount);
    }

    private static String quoted(java.util.Collection<String> columns) {
        return "'" + String.join("', '", columns) + "'";
    }

    private static Map<PersonField, Integer> limits() {
        Map<PersonField, Integer> limits = new EnumMap<>(PersonField.class);
        limits.put(PersonField.FORENAMES, 200);
        limits.put(PersonField.SURNAME, 200);
        limits.put(PersonField.PREVIOUS_SURNAMES, 200);
        limits.put(PersonField.SEX, 20);
        limits.put(PersonField.ADDRESS, 500);
        limits.put(PersonField.TOWN, 100);
        limits.put(PersonField.POSTCODE, 10);
        limits.put(PersonField.PHONE, 40);
        limits.put(PersonField.EMAIL, 320);
        limits.put(PersonField.NHS_NUMBER, 20);
        limits.put(PersonField.NI_NUMBER, 20);
        return limits;
    }
}
