package org.dunwell.integrations.api;

import java.time.Instant;
import java.time.LocalDate;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bureau report as it was received and what it led to: the bureau score on the credit profile ({@code scoreChange}
 * APPLIED, PENDING a second person, UNCHANGED, or NONE when the bureau knew no such company) and the limit request it
 * proposed, or why none.
 */
@Schema(description = "A credit bureau report on a customer and what it led to. found is false when the bureau knew"
        + " no such company. score is on Dunwell's scale (0 worst, 100 best), bureauScore as the bureau gave it."
        + " scoreChange: APPLIED (the profile's bureau score is set), PENDING (a higher score waits for a second"
        + " person: creditChange names it), UNCHANGED or NONE. limitRequest: the limit request proposing the"
        + " recommended limit, made by the user who asked for the report; limitProposal says why there is none.")
public record BureauReportView(long id, @Schema(required = true) String company, @Schema(required = true) String account,
                               @Schema(required = true) String plugin, String registrationNumber,
                               @Schema(required = true) String country, boolean found, String reportReference,
                               LocalDate reportDate, String bureauCompanyId, String companyName, Integer score,
                               String bureauScore, String rating, Money recommendedLimit,
                               @Schema(required = true) String scoreChange,
                               @Schema(description = "the credit change that waits for a second person to set the"
                                       + " higher score (scoreChange PENDING)") Long creditChange,
                               Long limitRequest, String limitProposal,
                               @Schema(required = true) String requestedBy, @Schema(required = true) Instant requestedAt) {
}
