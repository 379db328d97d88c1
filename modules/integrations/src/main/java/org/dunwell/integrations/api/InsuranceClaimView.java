package org.dunwell.integrations.api;

import java.time.Instant;
import java.util.List;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notice of overdue invoices or a claim sent to the customer's insurer, and where the insurer stands on it. */
@Schema(description = "A notice of overdue invoices (kind NOTICE) or a claim (CLAIM) sent to the customer's insurer"
        + " under its cover: the invoices and their open total, our claim number (the insurer keeps one claim per"
        + " number), the insurer's reference, state, the amount it accepted or paid and its note; lastError: why the"
        + " last call did not reach it. version: for If-Match.")
public record InsuranceClaimView(long id, @Schema(required = true) String company,
                                 @Schema(required = true) String account, @Schema(required = true) String plugin,
                                 @Schema(required = true) String coverReference, @Schema(required = true) ClaimKind kind,
                                 @Schema(required = true) String claimNumber, String insurerReference,
                                 @Schema(required = true) ClaimState state, @Schema(required = true) Money amount,
                                 @Schema(required = true) String currency,
                                 Money settledAmount, @Schema(required = true) List<String> invoices, String note,
                                 @Schema(required = true) String reason, @Schema(required = true) String requestedBy,
                                 @Schema(required = true) Instant requestedAt, Instant decidedAt, String lastError,
                                 long version) {
}
