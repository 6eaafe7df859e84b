package org.joinery.cli;

import picocli.CommandLine.Command;

@Command(name = "joinery",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Joinery: one system around people facing interlocking severe disadvantage.",
        footer = "%nThe engine benchmark, ./joinery bench, runs from the linkage-bench module, so DuckDB stays out of this jar.",
        subcommands = {ServeCommand.class, DemoCommand.class, UsersCommand.class, AuditCommand.class, DatabaseCommand.class,
                SynthCommand.class, LinkCommand.class, EvaluateCommand.class, ExplainCommand.class,
                BenchIndexCommand.class, BenchImportCommand.class})
class JoineryCommand {

    /** Exit code a command returns when it has started the web server and the JVM must stay up. */
    public static final int KEEP_RUNNING = -1;
}
