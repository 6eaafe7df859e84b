package org.joinery.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV for people to download and open in a spreadsheet. Text received from elsewhere can begin with a
 * formula ({@code =HYPERLINK(...)}); a spreadsheet would run it, so every cell that starts like a formula is
 * written with a leading single quote, which spreadsheets show as text. Stored data is never changed: only exports.
 */
public final class CsvExport {

    private final Writer out;

    public CsvExport(Writer out) {
        this.out = out;
    }

    /** Writes one row: cells quoted where needed, formula-leading cells neutralised, CRLF at the end. */
    public CsvExport row(List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quoted(neutralised(cells.get(i) == null ? "" : cells.get(i).toString())));
            }
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as a spreadsheet should show it: text starting with =, +, -, @, tab or CR gets a leading quote. */
    public static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
