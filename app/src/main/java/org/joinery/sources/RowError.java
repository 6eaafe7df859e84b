package org.joinery.sources;

/**
 * One specific thing wrong with an extract.
 *
 * @param line   the line of the file the row starts on (1 is the header), or 0 for the file as a whole
 * @param row    the data row (1 is the first record), or 0 for the file or header as a whole
 * @param column the column concerned, or null
 * @param message what is wrong and what to do about it
 */
public record RowError(int line, int row, String column, String message) {
}
