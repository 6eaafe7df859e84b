package org.joinery.cli;

import java.util.function.ToIntFunction;
import org.joinery.JoineryApplication;
import org.joinery.platform.DatabasePreflight;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs a command-line task against the configured database without starting the web server. */
final class OfflineContext {

    private OfflineContext() {
    }

    static int run(ToIntFunction<ConfigurableApplicationContext> task) {
        if (!DatabasePreflight.fromEnvironment().check(System.err)) {
            return 2;
        }
        SpringApplication application = new SpringApplication(JoineryApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = application.run("--logging.level.root=WARN")) {
            return task.applyAsInt(context);
        }
    }
}
