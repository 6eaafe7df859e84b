package org.joinery.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.joinery.platform.DatabasePreflight;
import org.joinery.platform.EmbeddedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create a fresh embedded database for the demo borough, seed it, print the sign-ins and serve http://localhost:8080.")
class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:JOINERY_PORT:-8080}", description = "Port to serve on (default ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        Path demoDirectory = EmbeddedDatabase.demoDirectory();
        EmbeddedDatabase.wipe(demoDirectory);
        if (!DatabasePreflight.embedded(demoDirectory).check(System.err)) {
            return 2;
        }
        return ServeCommand.serve(
                "--joinery.demo.enabled=true",
                "--joinery.db.url=",
                "--joinery.data-dir=" + demoDirectory,
                // Outside the wiped demo folder, so the generated borough is kept between demos.
                "--joinery.borough.dir=" + boroughDirectory(),
                "--server.port=" + port);
    }

    private static Path boroughDirectory() {
        String configured = System.getenv("JOINERY_BOROUGH_DIR");
        return configured == null || configured.isBlank()
                ? EmbeddedDatabase.dataDirectory().resolve("borough")
                : Path.of(configured).toAbsolutePath();
    }
}
