package org.joinery.audit.internal;

/** The recorded end of the audit chain: the last entry's number and hash. */
record ChainHead(long seq, String hash) {
}
