/**
 * Sources: each organisation's datasets, the mapping of their columns to the person schema, and
 * the extracts they send (batches), kept as received with their history. Publishes
 * {@link org.joinery.sources.BatchLanded} when a batch has landed.
 *
 * <p>This package is the module's API: {@link org.joinery.sources.Sources},
 * {@link org.joinery.sources.SourceRegistration}, {@link org.joinery.sources.SourceImports},
 * {@link org.joinery.sources.SourceRecords} (with a grant), {@link org.joinery.sources.FrontDoorRecords} and
 * {@link org.joinery.sources.ApiKeys}, with their records and exceptions. Their implementations, the stores and
 * the import pipeline are in {@code internal}; the pages and the JSON API are in {@code web}.
 */
package org.joinery.sources;
