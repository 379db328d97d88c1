package org.dunwell.collections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored aging snapshot: as of which day, by which definition (its bucket names), for all
 * customers or one pool; {@code status} RUNNING until its job wrote the last page, then
 * COMPLETED; {@code executionId} names the latest run in {@code /jobs}.
 */
@Schema(description = "A stored aging snapshot: as of which day, by which definition (its bucket names), for all customers or one pool; status RUNNING until its job wrote the last page, then COMPLETED; executionId names the latest run in /jobs.")
public record AgingSnapshotView(long id, String company, LocalDate asOf, String definition, List<String> buckets,
                                String pool, String status, Long executionId, int customers, String createdBy,
                                Instant createdAt, Instant completedAt) {
}
