package org.joinery.sources;

import java.util.UUID;

/** An upload being imported in the background: its source, progress and, once finished, its outcome or failure. */
public interface ImportJob {

    /** The job's id, which is also the batch's. */
    UUID id();

    String sourceName();

    String fileName();

    Progress progress();

    /** What became of the extract, or null until it is finished (or when it failed). */
    ImportOutcome outcome();

    /** Why the import stopped, or null. */
    String failure();

    boolean finished();

    /** How far an import has got, for the job page: rows checked, then rows applied. */
    interface Progress {

        enum Stage { RECEIVED, CHECKING, APPLYING, DONE }

        Stage stage();

        int validated();

        int applied();

        /** The rows the extract holds, once checked (0 before). */
        int rows();
    }
}
