package org.dunwell.ai.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reminder draft: its text, who wrote it (MODEL or TEMPLATE, the provider, model and prompt version), the
 * verifier's finding on the current text, who edited and approved it, the violations the approver acknowledged, and
 * the outbox message that sends it.
 */
@Schema(description = "A reminder email draft: subject and body (as edited), status, who wrote it (source MODEL or"
        + " TEMPLATE, provider, model, promptVersion, fallbackReason), the verifier's finding on the current text,"
        + " the recipient, who created, edited and approved it, the violations the approver acknowledged, and the"
        + " outbox message that sends it.")
public record DraftView(@Schema(required = true) long id, @Schema(required = true) String company,
                        @Schema(required = true) String account, @Schema(required = true) DraftKind kind,
                        @Schema(required = true) String language, @Schema(required = true) String subject,
                        @Schema(required = true) String body, @Schema(required = true) DraftStatus status,
                        @Schema(required = true) String source, String fallbackReason,
                        @Schema(required = true) Verification verification, String provider, String model,
                        String promptVersion, String recipient, @Schema(ref = "Date") java.time.LocalDate asOf,
                        String createdBy, Instant createdAt, String editedBy, Instant editedAt, String approvedBy,
                        Instant approvedAt, List<String> acknowledged, Long outboxMessage, String discardReason,
                        long version) {
}
