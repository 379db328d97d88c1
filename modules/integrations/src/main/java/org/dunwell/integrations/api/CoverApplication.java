package org.dunwell.integrations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cover asked of the company's insurer for a customer. */
@Schema(description = "Cover to ask the company's insurer for: the amount in the customer's currency, the buyer's"
        + " registration number and country (both taken from the last bureau report or cover request when left out)"
        + " and why.",
        example = "{\"amount\":\"50000.00\",\"registrationNumber\":\"HRB 123456\",\"country\":\"DE\","
                + "\"reason\":\"new framework contract\"}")
public record CoverApplication(@Schema(required = true, ref = "Decimal") String amount, String registrationNumber,
                               String country, @Schema(required = true) String reason) {
}
