package org.joinery.index;

import java.util.UUID;

/** A person of the index: its internal id, its Joinery ID, and whether it has been retired (merged or emptied). */
public record PersonRef(UUID id, String joineryId, boolean retired) {
}
