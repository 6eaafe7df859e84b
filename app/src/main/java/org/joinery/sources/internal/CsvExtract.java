package org.joinery.sources.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.joinery.linkage.data.CsvReader;

/** A CSV file on disk (UTF-8, checked first by {@link Utf8Scan}), read through the engine's CSV reader. */
final class CsvExtract implements Extract {

    private final Path file;
    private final String name;

    public CsvExtract(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    @Override
    public String[] header() {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(reader, name)) {
            return csv.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void forEachRow(RowVisitor visitor) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(reader, name)) {
            if (csv.next() == null) {
                return;
            }
            int row = 0;
            String[] fields;
            while ((fields = csv.next()) != null) {
                if (fields.length == 1 && fields[0].isEmpty()) {
                    continue; // a blank line, often the last one
                }
                visitor.row(csv.recordLine(), ++row, fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
