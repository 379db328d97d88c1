package org.dunwell.collections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A payment promise: what was promised, by when (the deadline adds the grace days), for which
 * invoices, and how it ended: what was received for them in time, when it was evaluated and the
 * escalation activity a broken promise created.
 */
@Schema(description = "A payment promise: what was promised, by when (the deadline adds the grace days), for which invoices, and how it ended: what was received for them in time, when it was evaluated and the escalation activity a broken promise created.")
public record PromiseView(long id, String company, String account, Money amount, LocalDate promisedOn,
                          int graceDays, LocalDate deadline, LocalDate madeOn, List<String> documents, String contact,
                          String agent, String notes, PromiseStatus status, Money received, LocalDate evaluatedOn,
                          Long escalationActivityId, String closedReason, String createdBy, Instant createdAt,
                          long version) {
}
