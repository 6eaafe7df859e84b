package org.joinery.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.joinery.linkage.LinkageSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Link records: train the model if needed, score candidate pairs, cluster them into persons, "
                + "and write the model, the scored pairs and the clusters as files.")
class LinkCommand implements Callable<Integer> {

    @Mixin
    LinkageOptions options;

    @Option(names = "--out", required = true, paramLabel = "FOLDER",
            description = "Where to write model.json, pairs.csv and clusters.csv.")
    Path out;

    @Option(names = "--supervised", description = "Estimate m from the truth column instead of by EM.")
    boolean supervised;

    @Option(names = "--max-weak-links", defaultValue = "2147483647", paramLabel = "N",
            description = "At most N links below probability 0.99 in one person (guards against chains of weak links).")
    int maxWeakLinks;

    @Override
    public Integer call() {
        return LinkageOptions.run(() -> {
            LinkageSession session = options.open();
            System.out.print(session.write(LinkageOptions.link(session, supervised, maxWeakLinks), out));
            return 0;
        });
    }
}
