package org.joinery.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show why two records score what they do: the match-weight waterfall, as text or JSON.")
class ExplainCommand implements Callable<Integer> {

    @Mixin
    LinkageOptions options;

    @Option(names = "--left", required = true, paramLabel = "SOURCE:ID", description = "The first record.")
    String left;

    @Option(names = "--right", required = true, paramLabel = "SOURCE:ID", description = "The second record.")
    String right;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        return LinkageOptions.run(() -> {
            System.out.print(options.open().explainText(left, right, json));
            return 0;
        });
    }
}
