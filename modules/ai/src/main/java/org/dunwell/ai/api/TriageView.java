package org.dunwell.ai.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a customer's reply suggests: a promise to pay (amount, date, invoices), a dispute (invoice, reason) or
 * nothing, each figure checked against the customer's open items and the reply itself; and the one call that
 * confirms it.
 */
@Schema(description = "What a customer's reply suggests: kind PROMISE (amount, promisedOn, documents), DISPUTE"
        + " (documents: the invoice, reasonCode, reason) or NONE; who read it (source MODEL or TEMPLATE,"
        + " fallbackReason); the verifier's finding against the customer's open items and the reply; and confirm,"
        + " the one call that records it (null for NONE or an unverified suggestion).")
public record TriageView(@Schema(required = true) String account, @Schema(required = true) String language,
                         @Schema(required = true) String kind, @Schema(ref = "Amount") BigDecimal amount,
                         @Schema(ref = "Date") LocalDate promisedOn, List<String> documents, String reasonCode,
                         String reason, @Schema(required = true) String source, String fallbackReason,
                         @Schema(required = true) Verification verification, Confirm confirm) {

    /** The call that records the suggestion, ready to send. */
    @Schema(name = "TriageConfirm", description = "The call that records the suggestion: method, path (under"
            + " /api/v1, with the company) and JSON body.")
    public record Confirm(@Schema(required = true) String method, @Schema(required = true) String path,
                          @Schema(required = true) String body) {
    }
}
