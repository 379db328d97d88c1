package org.dunwell.collections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collection activity: what, about whom and which transactions, who does it, when, and how it ended. */
@Schema(description = "A collection activity: what, about whom and which transactions, who does it, when, and how it ended.")
public record ActivityView(long id, String company, String account, ActivityType type, String purpose, String notes,
                           String responsible, Instant start, Instant end, LocalDate reminderOn, String status,
                           Long caseId, Long followsId, List<String> documents, String createdBy, Instant createdAt,
                           String closedBy, Instant closedAt, String closeNote, long version) {
}
