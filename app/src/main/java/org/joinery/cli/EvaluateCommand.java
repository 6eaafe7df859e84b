package org.joinery.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.joinery.linkage.LinkageSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Link records and measure the result against the truth: pairwise and B-cubed precision, recall "
                + "and F1, a threshold sweep, and the wrong pairs worst first with their waterfalls.")
class EvaluateCommand implements Callable<Integer> {

    @Mixin
    LinkageOptions options;

    @Option(names = "--truth", paramLabel = "TRUTH.csv",
            description = "A truth file (source_record_id, person[, source]); without it the mapped truth column is used.")
    Path truth;

    @Option(names = "--worst", defaultValue = "10", paramLabel = "N", description = "How many wrong pairs to explain.")
    int worst;

    @Option(names = "--supervised", description = "Estimate m from the truth column instead of by EM.")
    boolean supervised;

    @Override
    public Integer call() {
        return LinkageOptions.run(() -> {
            LinkageSession session = options.open();
            LinkageSession.Linked linked = LinkageOptions.link(session, supervised, Integer.MAX_VALUE);
            System.out.print(session.evaluationText(session.evaluate(linked.pairs(), linked.clusters(), truth, worst)));
            return 0;
        });
    }
}
