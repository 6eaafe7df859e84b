package org.joinery.linkage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test data: the benchmark mappings in test resources, and small files written on the fly. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path benchmark(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/benchmarks/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Path> febrl3() {
        return List.of(benchmark("febrl/dataset3.mapping.json"));
    }

    public static List<Path> febrl4() {
        return List.of(benchmark("febrl/dataset4a.mapping.json"), benchmark("febrl/dataset4b.mapping.json"));
    }

    public static List<Path> fake1000() {
        return List.of(benchmark("fake_1000/fake_1000.mapping.json"));
    }

    public static Path write(Path folder, String name, String content) {
        try {
            return Files.writeString(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mapping of a small people file with forenames, surname and date of birth columns. */
    public static Path peopleMapping(Path folder, String csvFile, String extraFields) {
        return write(folder, csvFile + ".mapping.json", """
                {"version": 1, "source": "people", "file": "%s", "recordId": "id", "dateFormats": ["dd/MM/yyyy"],
                 "fields": {"forenames": "first", "surname": "last", "date_of_birth": "dob"%s}}
                """.formatted(csvFile, extraFields));
    }
}
