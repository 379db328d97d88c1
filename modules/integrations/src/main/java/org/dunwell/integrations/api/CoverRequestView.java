package org.dunwell.integrations.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request for credit insurance cover and where the insurer stands on it: the amount asked, the insurer's
 * reference and decision, and what the decision did to the customer's insurance ({@code outcome}).
 */
@Schema(description = "Cover asked of an insurer for a customer, and the insurer's decision. state: PENDING (asked"
        + " again when refreshed), GRANTED, PARTIALLY_GRANTED, REFUSED, WITHDRAWN. currency: of the amounts. outcome says what the latest"
        + " decision did to the customer's credit insurance (set, removed, or why not). version: for If-Match.")
public record CoverRequestView(long id, @Schema(required = true) String company, @Schema(required = true) String account,
                               @Schema(required = true) String plugin, @Schema(required = true) Money requestedAmount,
                               @Schema(required = true) String currency,
                               String registrationNumber, @Schema(required = true) String country,
                               String coverReference, @Schema(required = true) CoverState state, Money insuredLimit,
                               BigDecimal coveragePercent, LocalDate validFrom, LocalDate validTo,
                               List<String> conditions, String outcome, @Schema(required = true) String reason,
                               @Schema(required = true) String requestedBy, @Schema(required = true) Instant requestedAt,
                               Instant decidedAt, long version) {
}
