package org.dunwell.integrations.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An update an agency sent that was kept but not applied: for no hand-over known here, or in another currency. */
@Schema(description = "An update an agency sent that was kept but not applied, for a person to look at: its"
        + " agencyReference names no hand-over here, or its money is in another currency than the case's. kind"
        + " STATUS, RECOVERY or FEE; updateId is the agency's own id of it.")
public record UnmatchedUpdateView(@Schema(required = true) String plugin, @Schema(required = true) String kind,
                                  @Schema(required = true) String updateId,
                                  @Schema(required = true) String agencyReference, String status,
                                  @Schema(ref = "Amount") BigDecimal amount, String currency, String note,
                                  @Schema(required = true) Instant receivedAt) {
}
