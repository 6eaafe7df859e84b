/**
 * Sources: each organisation's datasets, the mapping of their columns to the person schema, and
 * the extracts they send (batches), kept as received with their history. Publishes
 * {@link org.joinery.sources.BatchLanded} when a batch has landed.
 */
package org.joinery.sources;
