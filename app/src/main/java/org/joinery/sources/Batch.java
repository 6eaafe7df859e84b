package org.joinery.sources;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One batch a source has received, as listed on its source's page: what arrived, when, from whom, what it changed. */
public record Batch(UUID id, UUID sourceId, String checksum, String fileName, String channel, OffsetDateTime receivedAt,
                    String receivedBy, int rowsTotal, int rowsNew, int rowsChanged, int rowsUnchanged, int rowsWithdrawn) {
}
