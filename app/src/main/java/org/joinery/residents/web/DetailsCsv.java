package org.joinery.residents.web;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.joinery.linking.SideBySide;
import org.joinery.platform.web.CsvExport;
import org.joinery.residents.PersonPage;

/**
 * The person page's visible details as CSV: one row per field, one column per record, written with the
 * platform's {@link CsvExport}, so a cell that starts like a formula (=HYPERLINK(...)) stays text.
 */
final class DetailsCsv {

    private DetailsCsv() {
    }

    /** @param text the page's words by message key (headings), so the file reads like the page */
    static String of(SideBySide sideBySide, Function<String, String> text) {
        StringWriter out = new StringWriter();
        CsvExport csv = new CsvExport(out);
        List<String> header = new ArrayList<>();
        header.add(text.apply("person.sideBySide.detail"));
        sideBySide.columns().forEach(column -> header.add(PersonPage.label(column)));
        csv.row(header);
        for (SideBySide.Row row : sideBySide.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(text.apply(row.fieldKey()));
            row.cells().forEach(cell -> cells.add(cell.text()));
            csv.row(cells);
        }
        return out.toString();
    }
}
