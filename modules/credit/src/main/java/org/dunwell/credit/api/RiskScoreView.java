package org.dunwell.credit.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored risk score. */
@Schema(description = "A stored risk score.")
public record RiskScoreView(String account, Integer riskScore, String riskGroup, LocalDate scoredOn,
                            Integer bureauScore) {
}
