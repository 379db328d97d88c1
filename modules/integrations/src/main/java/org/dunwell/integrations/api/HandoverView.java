package org.dunwell.integrations.api;

import java.time.Instant;
import java.util.List;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collection case handed (or to be handed) to a collection agency, and what the agency reported on it. */
@Schema(description = "A collection case handed to a collection agency through its plugin (letterId: the letter of"
        + " the last dunning level that handed it over; null: a user did): the invoices and their"
        + " open total at hand-over, the approval (above the company's threshold), the agency's reference and"
        + " status, what it recovered (booked as payments) and its fees, and every update it sent. version: for"
        + " If-Match.")
public record HandoverView(long id, @Schema(required = true) String company, long caseId, Long letterId,
                           @Schema(required = true) String account, @Schema(required = true) String plugin,
                           @Schema(required = true) Money amount, @Schema(required = true) String currency,
                           @Schema(required = true) List<String> invoices,
                           @Schema(required = true) HandoverState state, ApproverLevel approvalNeeded,
                           @Schema(required = true) String reason, @Schema(required = true) String requestedBy,
                           @Schema(required = true) Instant requestedAt, String decidedBy, Instant decidedAt,
                           String decisionNote, String agencyReference, String agencyStatus,
                           @Schema(required = true) Money recovered, @Schema(required = true) Money fees,
                           String lastError, Instant handedOverAt, Instant closedAt,
                           @Schema(required = true) List<Update> updates, long version) {

    /** One update the agency sent, as applied: a status, a recovery (and the payment it became) or a fee. */
    @Schema(name = "AgencyUpdateView", description = "An update from the agency, applied once: kind STATUS, RECOVERY"
            + " (document: the payment it was booked as) or FEE (document: the fee charged to the customer, when the"
            + " company's plugin settings say so); updateId is the agency's own id of it.")
    public record Update(@Schema(required = true) String kind, @Schema(required = true) String updateId,
                         String status, Money amount, String document, String note,
                         @Schema(required = true) Instant receivedAt) {
    }
}
