/**
 * The resident index: linkage runs (full and incremental) that link source records into persons
 * with stable Joinery IDs, each person's merge and split history, the linkage models, and the
 * scored pairs that explain links and fill the clerical review queue.
 */
package org.joinery.linking;
