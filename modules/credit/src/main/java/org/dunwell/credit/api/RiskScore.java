package org.dunwell.credit.api;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer's score from 0 (worst) to 100 (best), its risk group and each component's own
 * 0–100 score (a component without data, such as a missing bureau score, is left out and the
 * others weigh more).
 */
@Schema(description = "A customer's score from 0 (worst) to 100 (best), its risk group and each component's own 0–100 score (a component without data, such as a missing bureau score, is left out and the others weigh more).")
public record RiskScore(String account, int score, String riskGroup, Map<String, Integer> components,
                        LocalDate asOf) {
}
