package org.joinery.borough;

import java.nio.file.Path;
import org.joinery.platform.JoineryProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where the demo borough lives: joinery.borough.dir, or "borough" in the data folder. */
@Component
public class BoroughFolder {

    private final Path path;

    BoroughFolder(@Value("${joinery.borough.dir:}") String configured, JoineryProperties properties) {
        this.path = configured == null || configured.isBlank()
                ? properties.dataDir().resolve("borough").toAbsolutePath().normalize()
                : Path.of(configured).toAbsolutePath().normalize();
    }

    public Path path() {
        return path;
    }
}
