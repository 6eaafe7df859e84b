package org.joinery.cli;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point of the {@code joinery} command line; see {@link JoineryCommand}. It lives in the cli
 * module, not beside {@code JoineryApplication}, so that the root package does not depend on cli
 * while cli starts the application (a cycle the module check refuses).
 */
public final class Joinery {

    private Joinery() {
    }

    public static void main(String[] args) {
        boolean server = args.length > 0 && (args[0].equals("serve") || args[0].equals("demo"));
        if (!server) {
            // Command-line tools print their own results; library chatter would bury them.
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        }
        int exitCode = new CommandLine(new JoineryCommand()).execute(args);
        // "serve" and "demo" keep the web server running; every other command ends here.
        if (exitCode != JoineryCommand.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}
