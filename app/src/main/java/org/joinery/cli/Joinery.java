package org.joinery.cli;

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
        int exitCode = new CommandLine(new JoineryCommand()).execute(args);
        // "serve" and "demo" keep the web server running; every other command ends here.
        if (exitCode != JoineryCommand.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}
