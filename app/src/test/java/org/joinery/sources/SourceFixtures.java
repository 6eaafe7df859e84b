package org.joinery.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.joinery.access.Actor;

/** A registered test source ("people-N": id, forenames, surname, dob dd/MM/yyyy, postcode, opened, closed) and CSV files. */
public final class SourceFixtures {

    public static final String HEADER = "id,forenames,surname,dob,postcode,opened,closed";

    private SourceFixtures() {
    }

    public static String mapping(String name) {
        return """
                {"version": 1, "source": "%s", "recordId": "id", "dateFormats": ["dd/MM/yyyy"],
                 "fields": {"forenames": "forenames", "surname": "surname", "date_of_birth": "dob", "postcode": "postcode"}}
                """.formatted(name);
    }

    public static Source register(SourceRegistration registration, UUID organisationId) {
        String name = "people-" + UUID.randomUUID().toString().substring(0, 8);
        return registration.register(Actor.system("test"), new NewSource(name, "People of " + name, organisationId,
                "UK GDPR Article 6(1)(e) public task", "Duty desk, 020 7946 0000", false, mapping(name), "opened", "closed",
                List.of(HEADER.split(","))));
    }

    public static Path csv(Path folder, String... lines) {
        return bytes(folder, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public static Path bytes(Path folder, byte[] content) {
        try {
            return Files.write(Files.createTempFile(folder, "extract-", ".csv"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
