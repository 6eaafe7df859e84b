package org.joinery;

import org.joinery.cli.JoineryCommand;
import picocli.CommandLine;

/** Entry point of the {@code joinery} command line; see {@link JoineryCommand}. */
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
