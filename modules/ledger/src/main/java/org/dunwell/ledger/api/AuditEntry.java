package org.dunwell.ledger.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One recorded change: who did what to which subject, when and why; for a field change the
 * old and the new value as text.
 */
@Schema(description = "One recorded change: who did what to which subject, when and why; for a field change the old and the new value as text.")
public record AuditEntry(String company, String subjectType, String subjectKey, String action, String field,
                         String oldValue, String newValue, String reason, String actor, Instant occurredAt) {
}
