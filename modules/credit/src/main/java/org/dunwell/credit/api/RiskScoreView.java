package org.dunwell.credit.api;

import java.time.LocalDate;

/** A stored risk score. */
public record RiskScoreView(String account, Integer riskScore, String riskGroup, LocalDate scoredOn,
                            Integer bureauScore) {
}
