package org.joinery.cli;

import java.util.concurrent.Callable;
import org.joinery.JoineryApplication;
import org.joinery.platform.DatabasePreflight;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the Joinery web application. Configure it with JOINERY_* environment variables (see README).")
class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return serve();
    }

    static int serve(String... springArgs) {
        if (!DatabasePreflight.fromEnvironment().check(System.err)) {
            return 2;
        }
        JoineryApplication.start(springArgs);
        return JoineryCommand.KEEP_RUNNING;
    }
}
