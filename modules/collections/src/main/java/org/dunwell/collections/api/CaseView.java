package org.dunwell.collections.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collection case: its transactions (of one or more customers), status, owner, activities and log. */
@Schema(description = "A collection case: its transactions (of one or more customers), status, owner, activities and log.")
public record CaseView(long id, String company, String title, String category, String status, String owner,
                       String description, List<Transaction> transactions, List<Long> activities, List<LogEntry> log,
                       String createdBy, Instant createdAt, Instant closedAt, long version) {

    /** A transaction in the case. */
    @Schema(description = "A transaction in the case.")
    public record Transaction(String account, String document) {
    }

    /** An entry of the case's append-only log. */
    @Schema(description = "An entry of the case's append-only log.")
    public record LogEntry(Instant at, String actor, String action, String detail) {
    }
}
