package org.joinery.residents.person;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.joinery.linking.SideBySide;

/**
 * The person page's visible details as CSV: one row per field, one column per record. Every cell a
 * spreadsheet could take for a formula (=HYPERLINK(...), +, -, @, tab, carriage return) is prefixed with an
 * apostrophe, so the text stays data. Provisional: the sources module's platform CSV writer should replace
 * this at merge (see docs/resident-index.md).
 */
final class DetailsCsv {

    private DetailsCsv() {
    }

    /** @param text the page's words by message key (headings), so the file reads like the page */
    static String of(SideBySide sideBySide, Function<String, String> text) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add(text.apply("person.sideBySide.detail"));
        for (SideBySide.Column column : sideBySide.columns()) {
            header.add(PersonView.label(column));
        }
        line(csv, header);
        for (SideBySide.Row row : sideBySide.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(text.apply(row.fieldKey()));
            row.cells().forEach(cell -> cells.add(cell.text()));
            line(csv, cells);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One cell: neutralised, then quoted as RFC 4180 asks. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
