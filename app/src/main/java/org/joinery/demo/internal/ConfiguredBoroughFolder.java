package org.joinery.demo.internal;

import java.nio.file.Path;
import org.joinery.demo.BoroughFolder;
import org.joinery.platform.JoineryProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The borough folder as configured: joinery.borough.dir, or "borough" in the data folder. */
@Component
class ConfiguredBoroughFolder implements BoroughFolder {

    private final Path path;

    ConfiguredBoroughFolder(@Value("${joinery.borough.dir:}") String configured, JoineryProperties properties) {
        this.path = configured == null || configured.isBlank()
                ? properties.dataDir().resolve("borough").toAbsolutePath().normalize()
                : Path.of(configured).toAbsolutePath().normalize();
    }

    @Override
    public Path path() {
        return path;
    }
}
