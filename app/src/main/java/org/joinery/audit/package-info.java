/**
 * The audit log: append-only, tamper-evident (hash-chained) record of every access decision the
 * gate makes. Implements {@link org.joinery.access.AccessRecorder}.
 */
package org.joinery.audit;
