package org.joinery.linkage.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.joinery.linkage.LinkageException;

/**
 * Reads RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes, CRLF, a leading byte-order mark).
 * Unquoted fields are trimmed, because extracts such as FEBRL separate fields with comma and space.
 */
public final class CsvReader implements AutoCloseable {

    private final BufferedReader in;
    private final String file;
    private int line = 1;
    private int recordLine;
    private boolean first = true;

    public CsvReader(Reader reader, String file) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.file = file;
    }

    /** The line on which the record last returned by {@link #next()} starts. */
    public int recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the file. */
    public String[] next() {
        try {
            return read();
        } catch (IOException e) {
            throw new LinkageException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private String[] read() throws IOException {
        int c = in.read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new LinkageException(file + " line " + recordLine + ": a quoted field is never closed"
                            + " (expected a closing \" before the end of the file)");
                }
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',' || c == '\n' || c == '\r' || c == -1) {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
                if (c == ',') {
                    c = in.read();
                    continue;
                }
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                if (c != -1) {
                    line++;
                }
                return fields.toArray(String[]::new);
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (wasQuoted && c != ' ') {
                throw new LinkageException(file + " line " + recordLine + ", field " + (fields.size() + 1)
                        + ": unexpected text after a closing quote (expected a comma or the end of the line)");
            } else if (!wasQuoted) {
                field.append((char) c);
            }
            c = in.read();
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new LinkageException("could not close " + file, e);
        }
    }
}
