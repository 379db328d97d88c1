package org.dunwell.dunning.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An email in the outbox: what it carries, to whom, where it stands, how often it was tried and why it failed. */
@Schema(description = "An email in the outbox: letter, recipient, language, subject, status (PENDING, SENT, FAILED,"
        + " CANCELLED), attempts, next attempt, last error, when sent.")
public record OutboxMessageView(long id, String company, String account, Long letter, String kind, String recipient,
                                String language, String subject, String status, int attempts, Instant nextAttemptAt,
                                String lastError, String messageId, Instant sentAt, Instant createdAt, long version) {
}
