package org.joinery.index;

import java.util.UUID;

/** One source record belonging to one person now. */
public record Membership(UUID personId, long sourceRecordId) {
}
