package org.joinery.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.LinkageSession;
import picocli.CommandLine.Option;

/** The options every linkage command shares: which sources, which model, and the limits. */
class LinkageOptions {

    @Option(names = "--source", required = true, paramLabel = "MAPPING.json",
            description = "A source's mapping file (it names the CSV extract). Repeat for several sources.")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--data", paramLabel = "FOLDER",
            description = "The folder holding the sources' files (default: beside each mapping file).")
    Path data;

    @Option(names = "--model", paramLabel = "MODEL.json",
            description = "A model file. Without it the standard model for the mapped fields is used; an untrained model is trained.")
    Path model;

    @Option(names = "--threshold", paramLabel = "PROBABILITY", description = "Match probability at which records are linked.")
    Double threshold;

    @Option(names = "--max-pairs-per-rule", paramLabel = "N",
            description = "Refuse a blocking rule that would generate more candidate pairs than this.")
    Long maxPairsPerRule;

    LinkageSession open() {
        return LinkageSession.open(sources, data, model, threshold, maxPairsPerRule, LinkageSession.timed(System.err::println));
    }

    /** Prints the load summary and the blocking analysis (which refuses an oversized rule), then links. */
    static LinkageSession.Linked link(LinkageSession session, boolean supervised, int maxWeakLinks) {
        System.out.print(session.loadSummary());
        System.out.print(session.blockingAnalysis());
        return session.link(supervised, maxWeakLinks);
    }

    /** Runs a command, turning a linkage error into one clear line and exit code 1. */
    static int run(Callable<Integer> command) {
        try {
            return command.call();
        } catch (LinkageException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
