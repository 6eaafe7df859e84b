/**
 * The audit log: append-only, tamper-evident (hash-chained) record of every access decision the
 * gate makes. Implements {@link org.joinery.access.AccessRecorder}.
 *
 * <p>This package is the module's API: {@link org.joinery.audit.AuditChain} (verify the chain),
 * {@link org.joinery.audit.AuditEntries} (list entries, with a grant) and their records. The store, the
 * recorder with its group-commit writer, the chain check and the access rule are in {@code internal}; the
 * pages are in {@code web}.
 */
package org.joinery.audit;
