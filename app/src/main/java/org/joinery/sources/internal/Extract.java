package org.joinery.sources.internal;

/**
 * An extract's rows, read as often as needed without holding them: once to check, once to apply.
 */
interface Extract {

    /** Receives each data row with the line it starts on (1 is the header) and its number (1 is the first record). */
    interface RowVisitor {
        void row(int line, int row, String[] fields);
    }

    /** The column names, or null when the extract is empty. */
    String[] header();

    void forEachRow(RowVisitor visitor);
}
